package vn.thidua.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import vn.thidua.shared.due.DueItem;

/**
 * When an item earns a reminder: a week before its due date, the day before (or on the
 * day), on the first day overdue and every week after; work without a due date once, when
 * it starts waiting. Each stage has a name that is the same on every run, so a reminder
 * is made once per stage however often the job runs.
 */
final class ReminderStage {

	private ReminderStage() {
	}

	static Optional<String> of(DueItem item, LocalDate today) {
		if (item.dueOn() == null) {
			return Optional.of("NEW");
		}
		long days = ChronoUnit.DAYS.between(today, item.dueOn());
		if (days < 0) {
			return Optional.of("OVERDUE-" + (-days - 1) / 7);
		}
		if (days <= 1) {
			return Optional.of("D1");
		}
		return days <= 7 ? Optional.of("D7") : Optional.empty();
	}

}
