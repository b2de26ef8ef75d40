package vn.thidua.award;

import java.util.Map;
import java.util.Optional;

import vn.thidua.shared.text.Diacritics;

/**
 * A yearly performance rating, best first: HTXSNV, HTTNV, HTNV, KHTNV.
 */
public enum Rating {

	EXCELLENT("X"), GOOD("T"), COMPLETED("H"), NOT_COMPLETED("K");

	private static final Map<String, Rating> WORDS = Map.ofEntries(Map.entry("x", EXCELLENT),
			Map.entry("htxs", EXCELLENT), Map.entry("htxsnv", EXCELLENT), Map.entry("xuat sac", EXCELLENT),
			Map.entry("hoan thanh xuat sac", EXCELLENT), Map.entry("hoan thanh xuat sac nhiem vu", EXCELLENT),
			Map.entry("t", GOOD), Map.entry("htt", GOOD), Map.entry("httnv", GOOD), Map.entry("tot", GOOD),
			Map.entry("hoan thanh tot", GOOD), Map.entry("hoan thanh tot nhiem vu", GOOD), Map.entry("h", COMPLETED),
			Map.entry("ht", COMPLETED), Map.entry("htnv", COMPLETED), Map.entry("hoan thanh", COMPLETED),
			Map.entry("hoan thanh nhiem vu", COMPLETED), Map.entry("k", NOT_COMPLETED), Map.entry("kht", NOT_COMPLETED),
			Map.entry("khtnv", NOT_COMPLETED), Map.entry("khong hoan thanh", NOT_COMPLETED),
			Map.entry("khong hoan thanh nhiem vu", NOT_COMPLETED), Map.entry("excellent", EXCELLENT),
			Map.entry("good", GOOD), Map.entry("completed", COMPLETED), Map.entry("not_completed", NOT_COMPLETED),
			Map.entry("not completed", NOT_COMPLETED));

	private final String code;

	Rating(String code) {
		this.code = code;
	}

	/**
	 * The one-letter code typed in the grid: X, T, H, K.
	 */
	public String code() {
		return code;
	}

	/**
	 * A rating as people type or paste it: the Vietnamese words with or without
	 * diacritics ("hoàn thành tốt nhiệm vụ", "Tốt"), the usual abbreviations (HTXSNV,
	 * HTTNV, HTNV, KHTNV), the one-letter codes X/T/H/K or the English name.
	 */
	public static Optional<Rating> parse(String text) {
		String folded = Diacritics.fold(text).replace('.', ' ').replace('-', ' ').strip().replaceAll("\\s+", " ");
		Rating rating = WORDS.get(folded);
		return Optional.ofNullable(rating != null ? rating : WORDS.get(folded.replace(" ", "")));
	}

	/**
	 * Whether this rating is the given one or better.
	 */
	public boolean atLeast(Rating other) {
		return ordinal() <= other.ordinal();
	}

}
