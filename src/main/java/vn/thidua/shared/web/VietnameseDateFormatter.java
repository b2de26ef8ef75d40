package vn.thidua.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Dates as Vietnamese users write them (04/08/2023, also 4/8/2023), and ISO dates from
 * date pickers.
 */
public class VietnameseDateFormatter implements Formatter<LocalDate> {

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		String value = text.strip();
		try {
			return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, TYPED);
		}
		catch (DateTimeParseException ex) {
			throw new ParseException(value, ex.getErrorIndex());
		}
	}

	/**
	 * The date of a text already checked with {@link ValidDate}.
	 */
	public static LocalDate parse(String text) {
		try {
			return new VietnameseDateFormatter().parse(text, Locale.ROOT);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(text, ex);
		}
	}

	public static String format(LocalDate date) {
		return DISPLAY.format(date);
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return DISPLAY.format(date);
	}

}
