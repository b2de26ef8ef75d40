package vn.thidua.movement;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period within a year: a quarter, a half-year or the whole year.
 */
public enum Period {

	Q1(1, 3), Q2(4, 6), Q3(7, 9), Q4(10, 12), H1(1, 6), H2(7, 12), YEAR(1, 12);

	private final int firstMonth;

	private final int lastMonth;

	Period(int firstMonth, int lastMonth) {
		this.firstMonth = firstMonth;
		this.lastMonth = lastMonth;
	}

	public LocalDate start(int year) {
		return LocalDate.of(year, firstMonth, 1);
	}

	public LocalDate end(int year) {
		return YearMonth.of(year, lastMonth).atEndOfMonth();
	}

}
