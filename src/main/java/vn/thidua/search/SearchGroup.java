package vn.thidua.search;

import java.util.List;

/**
 * What one kind of thing gave for a query: at most the group's limit of items, and
 * whether there are more.
 */
public record SearchGroup<T>(SearchKind kind, List<T> items, boolean more) {

	static <T> SearchGroup<T> of(SearchKind kind, List<T> rows, int limit) {
		return new SearchGroup<>(kind, rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : List.copyOf(rows),
				rows.size() > limit);
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

}
