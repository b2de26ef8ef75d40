package vn.thidua.award;

import org.jspecify.annotations.Nullable;

/**
 * The directory's look-up: a name with or without diacritics, a unit's subtree, a birth
 * year and a position, and the keyset position (the last person's id) of the page.
 */
public record DirectoryFilter(@Nullable String query, @Nullable Long unitId, @Nullable Integer birthYear,
		@Nullable String position, @Nullable Long after) {

	public DirectoryFilter after(long id) {
		return new DirectoryFilter(query, unitId, birthYear, position, id);
	}

}
