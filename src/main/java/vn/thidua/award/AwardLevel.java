package vn.thidua.award;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;

/**
 * Cấp khen: the level of the authority that granted an award — the State (President), the
 * Prime Minister, a ministry, sector or province, a district, a commune, or the head of
 * an agency or enterprise. A form granted by one authority only has its level in the
 * catalogue; otherwise the deciding authority sets it.
 */
public enum AwardLevel {

	STATE, GOVERNMENT, PROVINCE, DISTRICT, COMMUNE, AGENCY;

	private static final Pattern COMMUNE_WORDS = Pattern.compile("(?iu)(^|\\s)(xã|phường|thị trấn|đặc khu)(\\s|$)");

	private static final Pattern DISTRICT_WORDS = Pattern.compile("(?iu)(^|\\s)(huyện|thị xã|quận)(\\s|$)");

	private static final Pattern AGENCY_WORDS = Pattern
		.compile("(?iu)(^|\\s)(sở|giám đốc|thủ trưởng|công ty|trường)(\\s|$)");

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

	/**
	 * The level read from an authority's name as written on a historical decision ("Chủ
	 * tịch UBND xã Mỹ Hòa", "UBND huyện Cầu Ngang"); a province when nothing narrower is
	 * named. The migration that introduced levels reads old records the same way.
	 */
	static AwardLevel fromAuthority(String authority) {
		if (COMMUNE_WORDS.matcher(authority).find()) {
			return COMMUNE;
		}
		if (DISTRICT_WORDS.matcher(authority).find()) {
			return DISTRICT;
		}
		return AGENCY_WORDS.matcher(authority).find() ? AGENCY : PROVINCE;
	}

}
