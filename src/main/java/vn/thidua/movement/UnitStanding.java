package vn.thidua.movement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Where a participating unit stands: its score is the weighted average attainment of all
 * targets, each counted at most 100 % and a target not yet reported as 0.
 */
public record UnitStanding(long unitId, String code, String name, @Nullable BigDecimal score, boolean overdue) {

	public BigDecimal scoreOrZero() {
		return score == null ? BigDecimal.ZERO : score;
	}

}
