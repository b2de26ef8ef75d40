package vn.thidua.proposal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a quota stands on a day: not yet in force, in force, or ended (its last day is
 * included).
 */
public enum QuotaStatus {

	NOT_YET, IN_FORCE, ENDED;

	static QuotaStatus on(LocalDate day, LocalDate from, @Nullable LocalDate to) {
		if (day.isBefore(from)) {
			return NOT_YET;
		}
		return to == null || !day.isAfter(to) ? IN_FORCE : ENDED;
	}

}
