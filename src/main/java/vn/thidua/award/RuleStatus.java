package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a rule stands on a day: not yet in force, in force, or ended. The end date is the
 * last day a rule applies.
 */
public enum RuleStatus {

	NOT_YET, IN_FORCE, ENDED;

	static RuleStatus on(LocalDate day, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {
		if (day.isBefore(effectiveFrom)) {
			return NOT_YET;
		}
		return effectiveTo != null && effectiveTo.isBefore(day) ? ENDED : IN_FORCE;
	}

}
