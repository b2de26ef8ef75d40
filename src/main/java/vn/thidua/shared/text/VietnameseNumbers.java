package vn.thidua.shared.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as Vietnamese users type and read them: a dot between thousands, a comma before
 * decimals (31.434,47). Grouping is optional (31434,47) but, when present, must be whole
 * groups of three, so that "1.5" or "31,434.47" are refused rather than misread.
 */
public final class VietnameseNumbers {

	private static final Pattern TYPED = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

	private VietnameseNumbers() {
	}

	/**
	 * The number of a text, or empty when the text is not a number written the Vietnamese
	 * way.
	 */
	public static Optional<BigDecimal> parse(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.replaceAll("[\\s\\u00a0]", "");
		if (value.length() > 40 || !TYPED.matcher(value).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(value.replace(".", "").replace(',', '.')));
	}

	/**
	 * A number for display, with at most two decimals (72.580; 43,31).
	 */
	public static String format(@Nullable BigDecimal value) {
		return value == null ? "" : format(value, 2);
	}

	/**
	 * A number as it should appear in an input, keeping up to four decimals.
	 */
	public static String formatForInput(@Nullable BigDecimal value) {
		return value == null ? "" : format(value, 4);
	}

	private static String format(BigDecimal value, int decimals) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0." + "#".repeat(decimals), symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
