package vn.thidua.award;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;

/**
 * Cấp khen: the level of the authority that granted an award — the State (President), the
 * Prime Minister, a ministry, sector or province, a district, a commune, or the head of
 * an agency or enterprise. A form granted by one authority only has its level in the
 * catalogue; otherwise the deciding authority sets it, and where only the authority's
 * name is known the database reads it from that name (the award_record_level function).
 */
public enum AwardLevel {

	STATE, GOVERNMENT, PROVINCE, DISTRICT, COMMUNE, AGENCY;

	/**
	 * The level of a unit that decides awards, or null when its kind says nothing.
	 */
	public static @Nullable AwardLevel of(UnitKind kind) {
		return switch (kind) {
			case NATIONAL -> GOVERNMENT;
			case PROVINCE -> PROVINCE;
			case DISTRICT -> DISTRICT;
			case COMMUNE -> COMMUNE;
			case DEPARTMENT, OTHER -> AGENCY;
		};
	}

}
