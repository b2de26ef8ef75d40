package vn.thidua.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A decision-date period split into what the kept counts ({@code award_count}) answer —
 * whole years, whole months — and the days at its edges read from the registry, as one
 * SQL source of rows shaped like awards ({@code unit_id, award_type_code, level, kind,
 * movement_id, decision_date}) with a count {@code n}.
 */
record Counted(String sql, Map<String, Object> params) {

	private static final String COUNTS = "select unit_id, award_type_code, level, kind,"
			+ " nullif(movement_id, 0) as movement_id, period_start as decision_date, n from award_count";

	private static final String DAYS = "select unit_id, award_type_code, level, kind, movement_id, decision_date,"
			+ " 1::bigint as n from award_record where not revoked";

	/**
	 * Whether a tally can be read from the counts: valid awards over a bounded
	 * decision-date period, not narrowed by a name or an award year.
	 */
	static boolean applies(AwardFilter filter) {
		return filter.validOnly() && filter.query() == null && filter.year() == null && filter.before() == null
				&& filter.decidedFrom() != null && filter.decidedTo() != null
				&& !filter.decidedTo().isBefore(filter.decidedFrom());
	}

	static Counted of(LocalDate from, LocalDate to) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		LocalDate end = to.plusDays(1);
		LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate endMonth = end.withDayOfMonth(1);
		if (!firstMonth.isBefore(endMonth)) {
			days(parts, params, from, end);
			return new Counted(String.join(" union all ", parts), params);
		}
		days(parts, params, from, firstMonth);
		LocalDate firstYear = firstMonth.getDayOfYear() == 1 ? firstMonth : firstMonth.withDayOfYear(1).plusYears(1);
		LocalDate endYear = endMonth.withDayOfYear(1);
		if (firstYear.isBefore(endYear)) {
			counts(parts, params, "M", firstMonth, firstYear);
			counts(parts, params, "Y", firstYear, endYear);
			counts(parts, params, "M", endYear, endMonth);
		}
		else {
			counts(parts, params, "M", firstMonth, endMonth);
		}
		days(parts, params, endMonth, end);
		return new Counted(String.join(" union all ", parts), params);
	}

	private static void days(List<String> parts, Map<String, Object> params, LocalDate from, @Nullable LocalDate end) {
		if (end == null || !from.isBefore(end)) {
			return;
		}
		String n = "c" + parts.size();
		parts.add(DAYS + " and decision_date >= :" + n + "f and decision_date < :" + n + "e");
		params.put(n + "f", from);
		params.put(n + "e", end);
	}

	private static void counts(List<String> parts, Map<String, Object> params, String grain, LocalDate from,
			LocalDate end) {
		if (!from.isBefore(end)) {
			return;
		}
		String n = "c" + parts.size();
		parts.add(COUNTS + " where grain = '" + grain + "' and period_start >= :" + n + "f and period_start < :" + n
				+ "e");
		params.put(n + "f", from);
		params.put(n + "e", end);
	}

}
