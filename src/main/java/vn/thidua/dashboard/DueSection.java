package vn.thidua.dashboard;

import java.time.LocalDate;
import java.util.Optional;

import vn.thidua.shared.due.DueItem;

/**
 * The home page's sections, overdue first.
 */
public enum DueSection {

	OVERDUE, SOON, AWAITING, RETURNED;

	static final int SOON_DAYS = 14;

	/**
	 * Where an item belongs today, if anywhere: work due more than two weeks ahead waits
	 * until it comes closer.
	 */
	static Optional<DueSection> of(DueItem item, LocalDate today) {
		if (item.kind().isReturned()) {
			return Optional.of(RETURNED);
		}
		if (item.dueOn() != null && item.dueOn().isBefore(today)) {
			return Optional.of(OVERDUE);
		}
		if (item.dueOn() != null && !item.dueOn().isAfter(today.plusDays(SOON_DAYS))) {
			return Optional.of(SOON);
		}
		return item.dueOn() == null ? Optional.of(AWAITING) : Optional.empty();
	}

}
