package vn.thidua.report;

import vn.thidua.award.AwardLevel;

/**
 * The lines of the statutory report's awards table, highest first: each form at the level
 * that granted it, with Giấy khen split by who granted it and anything else last.
 */
public enum FormLine {

	ORDERS, CSTD_TQ, CO_CP, BK_TTG, CSTD_TINH, CO_TINH, BK_TINH, TTLDXS, CSTDCS, TTLDTT, LDTT, GK_DISTRICT, GK_COMMUNE,
	GK_AGENCY, GDVH, OTHER;

	static FormLine of(String typeCode, AwardLevel level) {
		if (level == AwardLevel.STATE) {
			return ORDERS;
		}
		return switch (family(typeCode)) {
			case "CSTD_TQ" -> CSTD_TQ;
			case "CO" -> level == AwardLevel.GOVERNMENT ? CO_CP : CO_TINH;
			case "BK" -> level == AwardLevel.GOVERNMENT ? BK_TTG : BK_TINH;
			case "CSTD_TINH" -> CSTD_TINH;
			case "TTLDXS" -> TTLDXS;
			case "CSTDCS" -> CSTDCS;
			case "TTLDTT" -> TTLDTT;
			case "LDTT" -> LDTT;
			case "GK" -> switch (level) {
				case DISTRICT -> GK_DISTRICT;
				case COMMUNE -> GK_COMMUNE;
				default -> GK_AGENCY;
			};
			case "GDVH" -> GDVH;
			default -> OTHER;
		};
	}

	/**
	 * The form without its subject: Bằng khen of a province or of the Prime Minister, to
	 * a collective, a person or a household, is granted as "Bằng khen".
	 */
	static String family(String code) {
		String base = code.replaceAll("_(TT|HO)$", "");
		return switch (base) {
			case "BK_TINH", "BK_TTG" -> "BK";
			case "CO_TINH", "CO_CP" -> "CO";
			default -> base;
		};
	}

}
