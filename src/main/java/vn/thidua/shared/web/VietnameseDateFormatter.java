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

	/** The earliest date any record of the app can carry. */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** The latest date any record of the app can carry. */
	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/**
	 * A real date between {@link #EARLIEST} and {@link #LATEST}: a year such as 1800 or
	 * 3000 is a typing error, and the database keeps no such dates.
	 */
	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		LocalDate date = parseAnyYear(text);
		if (!isWithinRange(date)) {
			throw new ParseException(text, 0);
		}
		return date;
	}

	static LocalDate parseAnyYear(String text) throws ParseException {
		String value = text.strip();
		try {
			return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, TYPED);
		}
		catch (DateTimeParseException ex) {
			throw new ParseException(value, ex.getErrorIndex());
		}
	}

	public static boolean isWithinRange(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
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
