package vn.thidua.award;

import org.jspecify.annotations.Nullable;

/**
 * Who is proposed for what: a person (or, without a person, the unit as a collective),
 * the requested award type and the year of the achievement. {@code key} ties results back
 * to the caller's line.
 */
public record Nominee(long key, @Nullable Long personId, long unitId, String awardType, int year) {

	public boolean isPerson() {
		return personId != null;
	}

}
