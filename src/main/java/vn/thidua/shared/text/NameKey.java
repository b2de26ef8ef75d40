package vn.thidua.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two spellings of one Vietnamese name share: composed (NFC), lower case, single
 * spaces, and the tone mark of "oa", "oe" and "uy" on the second vowel whether it was
 * written the old way ("Hòa", "Khỏe", "Thủy") or the new way ("Hoà", "Khoẻ", "Thuỷ").
 * Diacritics otherwise stay: "Thuỷ" and "Thùy" are different names. The database function
 * {@code person_name_key} computes the same key.
 */
public final class NameKey {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * An unmarked o carrying a tone mark followed by an unmarked a or e, in decomposed
	 * form: the tone moves after the second vowel.
	 */
	private static final Pattern OLD_TONE_OA_OE = Pattern
		.compile("o([\u0300\u0301\u0303\u0309\u0323])([ae])(?![\u0300-\u036f])");

	/**
	 * The same for an unmarked u followed by an unmarked y ("ua" keeps its tone on the u:
	 * "của", "mùa").
	 */
	private static final Pattern OLD_TONE_UY = Pattern
		.compile("u([\u0300\u0301\u0303\u0309\u0323])y(?![\u0300-\u036f])");

	private NameKey() {
	}

	public static String of(String name) {
		String composed = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		String spaced = SPACES.matcher(composed).replaceAll(" ").strip();
		String decomposed = Normalizer.normalize(spaced, Normalizer.Form.NFD);
		String oaOe = OLD_TONE_OA_OE.matcher(decomposed).replaceAll("o$2$1");
		return Normalizer.normalize(OLD_TONE_UY.matcher(oaOe).replaceAll("uy$1"), Normalizer.Form.NFC);
	}

	/**
	 * A name as it is stored: composed, single spaces, no spaces around.
	 */
	public static String clean(String name) {
		return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

}
