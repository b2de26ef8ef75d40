package vn.thidua.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How far an actual value reaches its plan, in percent: actual ÷ plan when higher is
 * better (31.434,47 of 72.580 → 43,31 %), plan ÷ actual when lower is better (a poverty
 * rate of 1,32 % against a plan of 1,5 % → 113,64 %). A qualitative target is 100 % when
 * achieved and 0 % when not.
 */
public final class Attainment {

	static final BigDecimal FULL = new BigDecimal("100.00");

	/** Where a lower-is-better value of zero beats a non-zero plan: shown as doubled. */
	static final BigDecimal CEILING = new BigDecimal("200.00");

	private Attainment() {
	}

	public static BigDecimal of(Direction direction, BigDecimal plan, BigDecimal actual) {
		if (direction == Direction.HIGHER_IS_BETTER) {
			return plan.signum() == 0 ? FULL : percent(actual, plan);
		}
		if (actual.signum() == 0) {
			return plan.signum() == 0 ? FULL : CEILING;
		}
		return percent(plan, actual).min(CEILING);
	}

	public static BigDecimal ofQualitative(boolean achieved) {
		return achieved ? FULL : BigDecimal.ZERO.setScale(2);
	}

	/**
	 * A value's share of a unit's overall score: capped at 100 % so that one target far
	 * exceeded cannot hide others missed.
	 */
	static BigDecimal contribution(@Nullable BigDecimal attainment) {
		return attainment == null ? BigDecimal.ZERO : attainment.min(FULL);
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(FULL).divide(whole, 2, RoundingMode.HALF_UP);
	}

}
