package vn.thidua.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit's name as running text needs it. The register keeps names as they head a page
 * ("Xã Mỹ Hòa"); in the middle of a sentence the word naming the kind of administrative
 * unit is a common noun written in lower case ("báo cáo của xã Mỹ Hòa"), as the rules for
 * administrative texts (Nghị định 30/2020/NĐ-CP, Phụ lục II) write "tỉnh Nam Định",
 * "huyện Gia Lâm", "xã Nghĩa Thịnh". Only those kind words change: an agency keeps its
 * capital ("Sở Nội vụ", "Ủy ban nhân dân tỉnh …", "UBND xã …", "Tỉnh đoàn …", "Huyện ủy
 * …": the kind word is followed by a lower-case word, not by a proper name), and so do a
 * kind word followed by a number ("Phường 3", "Quận 1") and "Thành phố Hồ Chí Minh",
 * which the same rules write with a capital.
 */
public final class UnitNames {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Two-word kinds first, so that "Thị xã" is taken whole. */
	private static final Pattern KIND = Pattern.compile(
			"^(\\s*)(thành\\s+phố|thị\\s+trấn|thị\\s+xã|đặc\\s+khu|phường|huyện|quận|tỉnh|xã)(\\s+)(\\S.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	private static final Pattern HO_CHI_MINH_CITY = Pattern.compile("\\s*thành\\s+phố\\s+hồ\\s+chí\\s+minh\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private UnitNames() {
	}

	/**
	 * The name with its leading administrative kind word in lower case ("Xã Mỹ Hòa" → "xã
	 * Mỹ Hòa"); any other name as it is. For a name in the middle of a sentence, never at
	 * its start or in a heading of its own.
	 */
	public static String inSentence(String name) {
		return inSentence(name, VIETNAMESE);
	}

	/**
	 * The name as a sentence in the given language needs it: Vietnamese writes the kind
	 * word in lower case; another language keeps the name as registered ("Accepted the
	 * report of Huyện Cầu Ngang").
	 */
	public static String inSentence(String name, Locale language) {
		if (!VIETNAMESE.getLanguage().equals(language.getLanguage())) {
			return name;
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFC);
		Matcher kind = KIND.matcher(text);
		if (!kind.matches() || !Character.isUpperCase(kind.group(4).codePointAt(0))
				|| HO_CHI_MINH_CITY.matcher(text).matches()) {
			return name;
		}
		return kind.group(1) + kind.group(2).toLowerCase(VIETNAMESE) + kind.group(3) + kind.group(4);
	}

}
