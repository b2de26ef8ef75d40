package vn.thidua.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Where a target stands across all participating units: the plans added up, the actuals
 * reported so far, and the overall attainment. Amounts and counts add up (tỷ đồng, hộ,
 * người); a rate in % does not, so its attainment is the units' average.
 */
public record TargetStanding(Target target, @Nullable BigDecimal planTotal, @Nullable BigDecimal actualTotal,
		long unitsReported, long unitsAchieved, @Nullable BigDecimal averageAttainment, long participants) {

	public boolean isAdditive() {
		return target.isQuantitative() && !"%".equals(target.getMeasure());
	}

	public @Nullable BigDecimal overall() {
		if (unitsReported == 0) {
			return null;
		}
		if (isAdditive() && planTotal != null && actualTotal != null) {
			return target.attainment(planTotal, actualTotal);
		}
		if (target.isQuantitative()) {
			return averageAttainment == null ? null : averageAttainment.setScale(2, RoundingMode.HALF_UP);
		}
		return BigDecimal.valueOf(unitsAchieved * 100)
			.divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_UP);
	}

}
