package vn.thidua.report;

import java.time.LocalDate;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * The years a report covers (one, or a range) and which half of them, as a range of
 * decision dates: awards count in the period their decision was signed, so the two halves
 * add up to the year.
 */
public record ReportPeriod(int fromYear, int toYear, Half half) {

	public static final int MAX_YEARS = 30;

	public ReportPeriod {
		if (fromYear < 1945 || toYear > 2100 || toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
			throw new BusinessRuleViolation("report.period.invalid");
		}
		if (half != Half.YEAR && fromYear != toYear) {
			throw new BusinessRuleViolation("report.period.halfOfRange");
		}
	}

	public static ReportPeriod of(int year, Half half) {
		return new ReportPeriod(year, year, half);
	}

	public LocalDate from() {
		return switch (half) {
			case SECOND -> LocalDate.of(fromYear, 7, 1);
			case STATISTICAL_YEAR -> LocalDate.of(fromYear - 1, 12, 1);
			default -> LocalDate.of(fromYear, 1, 1);
		};
	}

	public LocalDate to() {
		return switch (half) {
			case FIRST -> LocalDate.of(toYear, 6, 30);
			case STATISTICAL_YEAR -> LocalDate.of(toYear, 11, 30);
			default -> LocalDate.of(toYear, 12, 31);
		};
	}

	public boolean singleYear() {
		return fromYear == toYear;
	}

}
