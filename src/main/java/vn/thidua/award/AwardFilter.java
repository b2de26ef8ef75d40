package vn.thidua.award;

import org.jspecify.annotations.Nullable;

/**
 * What the registry look-up filters on: a name or decision number (with or without
 * diacritics), a unit subtree, a year and an award type; {@code before} is the keyset of
 * the next page ("year:id").
 */
public record AwardFilter(@Nullable String query, @Nullable Long unitId, @Nullable Integer year,
		@Nullable String awardType, @Nullable String before) {

	public AwardFilter before(@Nullable String keyset) {
		return new AwardFilter(query, unitId, year, awardType, keyset);
	}

}
