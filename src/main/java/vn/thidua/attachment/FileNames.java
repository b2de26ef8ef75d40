package vn.thidua.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Makes a browser's file name safe to store and to send back: no folders, no control or
 * invisible characters (such as the right-to-left override that disguises an extension),
 * no characters Windows refuses, at most 255 characters. Vietnamese letters stay, in
 * their composed form.
 */
final class FileNames {

	static final int MAX_LENGTH = 255;

	private static final String FALLBACK = "tệp";

	private static final Pattern INVISIBLE = Pattern.compile("\\p{C}");

	private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");

	private static final Pattern EDGES = Pattern.compile("^[\\s.]+|[\\s.]+$");

	private static final Pattern EXTENSION = Pattern.compile("\\.(\\p{Alnum}*\\p{Alpha}\\p{Alnum}*)$");

	private FileNames() {
	}

	static String sanitize(@Nullable String original) {
		String name = Normalizer.normalize(original == null ? "" : original, Normalizer.Form.NFC);
		name = INVISIBLE.matcher(name).replaceAll("");
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = RESERVED.matcher(name).replaceAll("_");
		name = EDGES.matcher(name).replaceAll("");
		return name.isEmpty() ? FALLBACK : truncate(name);
	}

	/**
	 * The extension of a name, lower case and without the dot, or {@code null} when the
	 * name has none (a last part of digits only, as in "v1.0", is no extension).
	 */
	static @Nullable String extension(String name) {
		Matcher matcher = EXTENSION.matcher(name);
		return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
	}

	private static String truncate(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		Matcher matcher = EXTENSION.matcher(name);
		String suffix = (matcher.find() && matcher.group().length() <= 16) ? matcher.group() : "";
		return name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - suffix.length())).strip() + suffix;
	}

}
