package vn.thidua.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching, so that "duyen hai" finds "Duyên Hải".
 */
public final class Diacritics {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Diacritics() {
	}

	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("");
		return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * The folded text as a fragment of a LIKE pattern that matches it literally: a
	 * {@code %} or {@code _} typed in a search box finds itself.
	 */
	public static String likeFragment(String text) {
		return fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
