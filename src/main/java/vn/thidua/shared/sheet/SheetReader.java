package vn.thidua.shared.sheet;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * not the file name, as a stream of rows (a file is never held whole in memory); either
 * format stops at the row limit. CSV is UTF-8 with or without a byte order mark,
 * separated by commas or semicolons. A sheet that cannot be read is refused with a
 * message key under the caller's prefix: {@code .unreadable}, {@code .badFormat},
 * {@code .tooManyRows}, {@code .unpackedTooLarge} (an .xlsx that unpacks beyond
 * {@link OfficeZipLimits}).
 */
public final class SheetReader {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

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
	 * A date typed as d/m/yyyy, or null when it is blank, no real date (31/02/1980) or
	 * outside the years 1900–2100.
	 */
	public static @Nullable LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip(), TYPED_DATE);
			return date.getYear() < 1900 || date.getYear() > 2100 ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public static List<SheetRow> read(byte[] content, int maxRows, String keyPrefix) throws UnreadableSheetException {
		List<SheetRow> rows = new ArrayList<>();
		if (startsWith(content, ZIP_MAGIC)) {
			requireWithinLimits(OfficeZipLimits.check(new ByteArrayInputStream(content)), keyPrefix);
			eachXlsx(() -> new ReadableWorkbook(new ByteArrayInputStream(content), OPTIONS), maxRows, keyPrefix,
					rows::add);
		}
		else {
			eachCsv(() -> new ByteArrayInputStream(content), maxRows, keyPrefix, rows::add);
		}
		return rows;
	}

	/**
	 * Hands the rows of a sheet file to {@code handler} one at a time, never holding the
	 * whole sheet; exceptions of the handler pass through unchanged.
	 */
	public static void forEach(Path file, int maxRows, String keyPrefix, Consumer<SheetRow> handler)
			throws UnreadableSheetException {
		byte[] head = new byte[ZIP_MAGIC.length];
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(ZIP_MAGIC.length);
		}
		catch (IOException ex) {
			throw new UnreadableSheetException(keyPrefix + ".unreadable");
		}
		if (startsWith(head, ZIP_MAGIC)) {
			try (InputStream in = Files.newInputStream(file)) {
				requireWithinLimits(OfficeZipLimits.check(in), keyPrefix);
			}
			catch (IOException ex) {
				throw new UnreadableSheetException(keyPrefix + ".unreadable");
			}
			eachXlsx(() -> new ReadableWorkbook(file.toFile(), OPTIONS), maxRows, keyPrefix, handler);
		}
		else {
			eachCsv(() -> Files.newInputStream(file), maxRows, keyPrefix, handler);
		}
	}

	private interface Opener<T> {

		T open() throws IOException;

	}

	private static void eachXlsx(Opener<ReadableWorkbook> opener, int maxRows, String keyPrefix,
			Consumer<SheetRow> handler) throws UnreadableSheetException {
		try (ReadableWorkbook workbook = open(opener, keyPrefix);
				Stream<Row> rows = open(() -> workbook.getFirstSheet().openStream(), keyPrefix)) {
			Iterator<Row> iterator = rows.iterator();
			for (int count = 1;; count++) {
				SheetRow row = next(iterator, keyPrefix, SheetReader::toSheetRow);
				if (row == null) {
					return;
				}
				requireWithin(count, maxRows, keyPrefix);
				handler.accept(row);
			}
		}
		catch (IOException ex) {
			throw new UnreadableSheetException(keyPrefix + ".unreadable");
		}
	}

	private static <T> T open(Opener<T> opener, String keyPrefix) throws UnreadableSheetException {
		try {
			return opener.open();
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

	private static SheetRow toSheetRow(Row row) {
		List<String> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			cells.add(text(row.getCell(i)));
		}
		return new SheetRow(row.getRowNum(), cells);
	}

	private static void eachCsv(Opener<InputStream> opener, int maxRows, String keyPrefix, Consumer<SheetRow> handler)
			throws UnreadableSheetException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(opener.open(), decoder), 1 << 16)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			reader.mark(1 << 16);
			String firstLine = Objects.requireNonNullElse(reader.readLine(), "");
			reader.reset();
			char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
				.filter(c -> c == ',')
				.count() ? ';' : ',';
			Iterator<CSVRecord> records = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.get()
				.parse(reader)
				.iterator();
			for (int count = 1;; count++) {
				SheetRow row = next(records, keyPrefix, record -> new SheetRow((int) record.getRecordNumber(),
						record.stream().map(String::strip).toList()));
				if (row == null) {
					return;
				}
				requireWithin(count, maxRows, keyPrefix);
				if (row.cells().stream().anyMatch(cell -> cell.indexOf('\0') >= 0)) {
					throw new UnreadableSheetException(keyPrefix + ".badFormat");
				}
				handler.accept(row);
			}
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableSheetException(keyPrefix + ".badFormat");
		}
		catch (IOException ex) {
			throw new UnreadableSheetException(keyPrefix + ".unreadable");
		}
	}

	/**
	 * The next row, or null at the end; a row the library cannot read makes the sheet
	 * unreadable (or badFormat when it is no UTF-8 text).
	 */
	private static <T> @Nullable SheetRow next(Iterator<T> iterator, String keyPrefix, Function<T, SheetRow> toRow)
			throws UnreadableSheetException {
		try {
			return iterator.hasNext() ? toRow.apply(iterator.next()) : null;
		}
		catch (UncheckedIOException ex) {
			throw new UnreadableSheetException(
					keyPrefix + (ex.getCause() instanceof CharacterCodingException ? ".badFormat" : ".unreadable"));
		}
		catch (RuntimeException ex) {
			throw new UnreadableSheetException(keyPrefix + ".unreadable");
		}
	}

	private static void requireWithinLimits(OfficeZipLimits.Verdict verdict, String keyPrefix)
			throws UnreadableSheetException {
		switch (verdict) {
			case TOO_LARGE -> throw new UnreadableSheetException(keyPrefix + ".unpackedTooLarge");
			case UNREADABLE -> throw new UnreadableSheetException(keyPrefix + ".unreadable");
			case WITHIN -> {
			}
		}
	}

	private static void requireWithin(int count, int maxRows, String keyPrefix) throws UnreadableSheetException {
		if (count > maxRows + 1) {
			throw new UnreadableSheetException(keyPrefix + ".tooManyRows", maxRows);
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
