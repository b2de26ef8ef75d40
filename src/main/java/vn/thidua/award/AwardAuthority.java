package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;

/**
 * Thẩm quyền khen thưởng: the head of a kind of unit, or an authority above the tree,
 * decides an award type from a date to a date, on a legal source.
 */
public record AwardAuthority(String awardType, @Nullable UnitKind unitKind, @Nullable UpperAuthority upperAuthority,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, String legalSource) {

	public boolean inForceOn(LocalDate on) {
		return !on.isBefore(effectiveFrom) && (effectiveTo == null || !on.isAfter(effectiveTo));
	}

	/**
	 * The message key naming who holds this authority, e.g. "the commune chair".
	 */
	public String holderKey() {
		return upperAuthority != null ? "UpperAuthority." + upperAuthority : "authority.head." + unitKind;
	}

}
