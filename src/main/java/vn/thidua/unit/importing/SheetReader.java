package vn.thidua.unit.importing;

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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the rows of an .xlsx or .csv sheet as text, judging the format by the content,
 * not the file name.
 */
final class SheetReader {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private SheetReader() {
	}

	/**
	 * Row number (1-based, as the sheet shows it) and cell texts, header row included.
	 */
	record SheetRow(int number, List<String> cells) {
	}

	static List<SheetRow> read(byte[] content, int maxRows) throws UnreadableSheetException {
		if (startsWith(content, ZIP_MAGIC)) {
			return readXlsx(content, maxRows);
		}
		return readCsv(content, maxRows);
	}

	private static List<SheetRow> readXlsx(byte[] content, int maxRows) throws UnreadableSheetException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false)); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<SheetRow> result = new ArrayList<>();
			for (Row row : (Iterable<Row>) rows::iterator) {
				if (result.size() > maxRows) {
					throw new UnreadableSheetException("unit.import.tooManyRows", maxRows);
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
			throw new UnreadableSheetException("unit.import.unreadable");
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

	private static List<SheetRow> readCsv(byte[] content, int maxRows) throws UnreadableSheetException {
		String text = utf8(content);
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
			.filter(c -> c == ',')
			.count() ? ';' : ',';
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8)) {
			List<SheetRow> result = new ArrayList<>();
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
				if (result.size() > maxRows) {
					throw new UnreadableSheetException("unit.import.tooManyRows", maxRows);
				}
				result.add(new SheetRow((int) record.getRecordNumber(), record.stream().map(String::strip).toList()));
			}
			return result;
		}
		catch (IOException | IllegalStateException | UncheckedIOException ex) {
			throw new UnreadableSheetException("unit.import.unreadable");
		}
	}

	private static String utf8(byte[] content) throws UnreadableSheetException {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new UnreadableSheetException("unit.import.badFormat");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableSheetException("unit.import.badFormat");
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

	static final class UnreadableSheetException extends Exception {

		private final String messageKey;

		private final Object[] args;

		UnreadableSheetException(String messageKey, Object... args) {
			super(messageKey);
			this.messageKey = messageKey;
			this.args = args;
		}

		String messageKey() {
			return messageKey;
		}

		Object[] args() {
			return args;
		}

	}

}
