package vn.thidua.shared.due;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something a user must do, as a module tells the home page and the reminders: what
 * (kind, title and period), for which unit, by when, and the page where it is done.
 * {@code key} names the item for good, so a reminder about it is made once.
 *
 * @param periodKey a message key taking the year, such as {@code PeriodOfYear.Q3}
 */
public record DueItem(DueKind kind, String key, String title, @Nullable String periodKey, int year, String unitName,
		@Nullable LocalDate dueOn, String link) {

	/**
	 * The soonest due first (so the longest overdue first), work without a due date last.
	 */
	public static final Comparator<DueItem> SOONEST_FIRST = Comparator.comparing(DueItem::dueOn,
			Comparator.nullsLast(Comparator.naturalOrder()));

	public static List<DueItem> soonestFirst(Collection<DueItem> items, int limit) {
		return items.stream().sorted(SOONEST_FIRST).limit(limit).toList();
	}

	public static DueItem of(DueKind kind, String key, String title, String unitName, @Nullable LocalDate dueOn,
			String link) {
		return new DueItem(kind, key, title, null, 0, unitName, dueOn, link);
	}

}
