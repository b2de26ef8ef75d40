package vn.thidua.shared.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

import vn.thidua.shared.text.Diacritics;

/**
 * Reads the rows of an .xlsx or .csv sheet as text, judging the format by the content,
 * not the file name. The .xlsx is read as a stream of rows; either format stops at the
 * row limit. A sheet that cannot be read is refused with a message key under the caller's
 * prefix: {@code .unreadable}, {@code .badFormat}, {@code .tooManyRows}.
 */
public final class SheetReader {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern HINT = Pattern.compile("\\(.*\\)");

	private SheetReader() {
	}

	/**
	 * Row number (1-based, as the sheet shows it) and cell texts, header row included.
	 */
	public record SheetRow(int number, List<String> cells) {

		/**
		 * The text of a named column, empty when the sheet lacks it or the row is short.
		 */
		public String cell(Map<String, Integer> columns, String column) {
			Integer index = columns.get(column);
			return index == null || index >= cells.size() ? "" : cells.get(index).strip();
		}

		public boolean isBlank() {
			return cells.stream().allMatch(String::isBlank);
		}

	}

	/**
	 * Which column each known header names, by the header's text without diacritics,
	 * case, a "*" or a hint in parentheses ("Ngày sinh (dd/mm/yyyy)"); the first
	 * occurrence wins.
	 */
	public static Map<String, Integer> columns(List<String> header, Map<String, String> known) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String column = known
				.get(HINT.matcher(Diacritics.fold(header.get(i)).replace("*", "")).replaceAll("").strip());
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		return columns;
	}

	/**
	 * A date typed as d/m/yyyy, or null when it is blank or no real date (31/02/1980).
	 */
	public static @Nullable LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), TYPED_DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public static List<SheetRow> read(byte[] content, int maxRows, String keyPrefix) throws UnreadableSheetException {
		if (startsWith(content, ZIP_MAGIC)) {
			return readXlsx(content, maxRows, keyPrefix);
		}
		return readCsv(content, maxRows, keyPrefix);
	}

	private static List<SheetRow> readXlsx(byte[] content, int maxRows, String keyPrefix)
			throws UnreadableSheetException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false)); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<SheetRow> result = new ArrayList<>();
			for (Row row : (Iterable<Row>) rows::iterator) {
				if (result.size() > maxRows) {
					throw new UnreadableSheetException(keyPrefix + ".tooManyRows", maxRows);
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				result.add(new SheetRow(row.getRowNum(), cells));
			}
			return result;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableSheetException(keyPrefix + ".unreadable");
		}
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			if (format != null && (format.contains("d") || format.contains("y"))) {
				return DATE.format(cell.asDate());
			}
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		return cell.getRawValue() == null ? "" : cell.getText().strip();
	}

	private static List<SheetRow> readCsv(byte[] content, int maxRows, String keyPrefix)
			throws UnreadableSheetException {
		String text = utf8(content, keyPrefix);
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
			.filter(c -> c == ',')
			.count() ? ';' : ',';
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8)) {
			List<SheetRow> result = new ArrayList<>();
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
				if (result.size() > maxRows) {
					throw new UnreadableSheetException(keyPrefix + ".tooManyRows", maxRows);
				}
				result.add(new SheetRow((int) record.getRecordNumber(), record.stream().map(String::strip).toList()));
			}
			return result;
		}
		catch (IOException | IllegalStateException | UncheckedIOException ex) {
			throw new UnreadableSheetException(keyPrefix + ".unreadable");
		}
	}

	private static String utf8(byte[] content, String keyPrefix) throws UnreadableSheetException {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new UnreadableSheetException(keyPrefix + ".badFormat");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableSheetException(keyPrefix + ".badFormat");
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	public static final class UnreadableSheetException extends Exception {

		private final String messageKey;

		private final Object[] args;

		UnreadableSheetException(String messageKey, Object... args) {
			super(messageKey);
			this.messageKey = messageKey;
			this.args = args;
		}

		public String messageKey() {
			return messageKey;
		}

		public Object[] args() {
			return args;
		}

	}

}
