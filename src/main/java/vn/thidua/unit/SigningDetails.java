package vn.thidua.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A unit's signing settings as an officer enters them: the symbol in its numbers, the
 * head's title and name, and an optional deputy. Blank values are null.
 */
public record SigningDetails(String symbol, @Nullable String headTitle, @Nullable String headName,
		@Nullable String deputyTitle, @Nullable String deputyName) {

	private static final Pattern SYMBOL = Pattern.compile("[A-ZĐ0-9][A-Za-zĐđ0-9.]{0,19}");

	public SigningDetails {
		symbol = symbol == null ? "" : symbol.strip();
		headTitle = blankToNull(headTitle);
		headName = blankToNull(headName);
		deputyTitle = blankToNull(deputyTitle);
		deputyName = blankToNull(deputyName);
	}

	/**
	 * A broken rule on one field of the settings, with its message key.
	 */
	public record Problem(String field, String messageKey) {
	}

	/**
	 * Every rule these settings break, so a form shows them all at once: a symbol of
	 * letters and digits starting with a capital or a digit ("UBND", "SGDĐT"), a title
	 * and a name given together, lengths within the columns.
	 */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (symbol.isEmpty()) {
			problems.add(new Problem("symbol", "signing.symbol.required"));
		}
		else if (!SYMBOL.matcher(symbol).matches()) {
			problems.add(new Problem("symbol", "signing.symbol.pattern"));
		}
		pair(problems, "head", headTitle, headName);
		pair(problems, "deputy", deputyTitle, deputyName);
		if (deputyName != null && headName == null) {
			problems.add(new Problem("headName", "signing.deputy.withoutHead"));
		}
		if (deputyTitle != null && headTitle != null && deputyTitle.equalsIgnoreCase(headTitle)) {
			problems.add(new Problem("deputyTitle", "signing.deputy.sameTitle"));
		}
		return problems;
	}

	private static void pair(List<Problem> problems, String who, @Nullable String title, @Nullable String name) {
		if (title != null && title.length() > 100) {
			problems.add(new Problem(who + "Title", "signing.title.tooLong"));
		}
		if (name != null && name.length() > 200) {
			problems.add(new Problem(who + "Name", "signing.name.tooLong"));
		}
		if (title == null && name != null) {
			problems.add(new Problem(who + "Title", "signing.title.required"));
		}
		if (name == null && title != null) {
			problems.add(new Problem(who + "Name", "signing.name.required"));
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
