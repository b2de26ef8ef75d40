package vn.thidua.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.due.DueItem;

/**
 * An item as the home page shows it, with the days left until its due date (negative when
 * overdue).
 */
public record DueLine(DueItem item, @Nullable Long daysLeft) {

	static DueLine of(DueItem item, LocalDate today) {
		return new DueLine(item, item.dueOn() == null ? null : ChronoUnit.DAYS.between(today, item.dueOn()));
	}

}
