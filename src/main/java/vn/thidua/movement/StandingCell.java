package vn.thidua.movement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One unit's latest accepted value for one target.
 */
public record StandingCell(long unitId, long targetId, @Nullable BigDecimal plan, @Nullable BigDecimal actual,
		@Nullable Boolean achieved, @Nullable BigDecimal attainment) {

}
