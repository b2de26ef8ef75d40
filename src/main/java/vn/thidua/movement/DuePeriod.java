package vn.thidua.movement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A reporting period and the date its report is due.
 */
public record DuePeriod(int year, Period period, LocalDate dueOn) {

	/**
	 * The periods of a year that lie within the movement, with their due dates.
	 */
	public static List<DuePeriod> of(Movement movement, int year) {
		return of(movement.getReporting(), movement.getStartDate(), movement.getEndDate(), movement.getReportDueDays(),
				year);
	}

	static List<DuePeriod> of(ReportingFrequency reporting, LocalDate start, LocalDate end, int dueDays, int year) {
		return reporting.periods()
			.stream()
			.filter(period -> !period.end(year).isBefore(start) && !period.start(year).isAfter(end))
			.map(period -> new DuePeriod(year, period, period.end(year).plusDays(dueDays)))
			.toList();
	}

	/**
	 * The latest period of the year whose report was due before today.
	 */
	static Optional<DuePeriod> lastDue(Movement movement, int year, LocalDate today) {
		return of(movement, year).stream().filter(due -> due.dueOn().isBefore(today)).reduce((a, b) -> b);
	}

	public boolean isOpen(LocalDate today) {
		return !period.start(year).isAfter(today);
	}

}
