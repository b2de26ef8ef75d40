package vn.thidua.movement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One line of a progress report as the unit enters it.
 */
public record ProgressEntry(long targetId, @Nullable BigDecimal actual, @Nullable Boolean achieved,
		@Nullable String note) {

}
