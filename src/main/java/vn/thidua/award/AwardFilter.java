package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * What the registry look-up and the statistics filter on: a name or decision number (with
 * or without diacritics), a unit subtree, a year and an award type; for statistics and
 * their drill-down also the subject (collective, individual, household), kind, level,
 * movement, a decision-date range (both days included), only awards not revoked, and the
 * units whose subtrees count (the members of a cluster) or the unit alone without its
 * subtree; {@code before} is the keyset of the next page ("year:id"). By default units
 * are as they were on each decision date; {@code todayUnits} rolls ended units into their
 * successors.
 */
public record AwardFilter(@Nullable String query, @Nullable Long unitId, @Nullable Integer year,
		@Nullable String awardType, @Nullable String before, @Nullable Subject subject, @Nullable AwardKind kind,
		@Nullable AwardLevel level, @Nullable Long movementId, @Nullable LocalDate decidedFrom,
		@Nullable LocalDate decidedTo, boolean validOnly, @Nullable List<Long> within, boolean unitOnly,
		boolean todayUnits) {

	/**
	 * The movement id that means awards given in no movement.
	 */
	public static final long NO_MOVEMENT = 0;

	public static final int FIRST_YEAR = 1945;

	public static final int LAST_YEAR = 2100;

	public AwardFilter {
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw new BusinessRuleViolation("registry.badYear");
		}
	}

	public AwardFilter(@Nullable String query, @Nullable Long unitId, @Nullable Integer year,
			@Nullable String awardType, @Nullable String before) {
		this(query, unitId, year, awardType, before, null, null, null, null, null, null, false, null, false);
	}

	public AwardFilter(@Nullable String query, @Nullable Long unitId, @Nullable Integer year,
			@Nullable String awardType, @Nullable String before, @Nullable Subject subject, @Nullable AwardKind kind,
			@Nullable AwardLevel level, @Nullable Long movementId, @Nullable LocalDate decidedFrom,
			@Nullable LocalDate decidedTo, boolean validOnly, @Nullable List<Long> within, boolean unitOnly) {
		this(query, unitId, year, awardType, before, subject, kind, level, movementId, decidedFrom, decidedTo,
				validOnly, within, unitOnly, false);
	}

	public AwardFilter before(@Nullable String keyset) {
		return new AwardFilter(query, unitId, year, awardType, keyset, subject, kind, level, movementId, decidedFrom,
				decidedTo, validOnly, within, unitOnly, todayUnits);
	}

	/**
	 * The same look-up by today's units: awards of units ended in a reorganisation count
	 * in the unit that carries their work today.
	 */
	public AwardFilter byTodayUnits(boolean today) {
		return new AwardFilter(query, unitId, year, awardType, before, subject, kind, level, movementId, decidedFrom,
				decidedTo, validOnly, within, unitOnly, today);
	}

}
