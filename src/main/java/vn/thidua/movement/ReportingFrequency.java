package vn.thidua.movement;

import java.util.List;

/**
 * How often participating units report progress, and so the periods of each year.
 */
public enum ReportingFrequency {

	QUARTERLY(List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4)), HALF_YEARLY(List.of(Period.H1, Period.H2)),
	YEARLY(List.of(Period.YEAR));

	private final List<Period> periods;

	ReportingFrequency(List<Period> periods) {
		this.periods = periods;
	}

	public List<Period> periods() {
		return periods;
	}

}
