package vn.thidua.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A table written into a workbook row by row: title, notes and a frozen header row on
 * every sheet, typed cells, flushed to the stream as it grows. Text goes in inline: a
 * shared-strings table would hold every distinct name of the export until the end.
 */
final class XlsxTable<T> implements AutoCloseable {

	/**
	 * Excel's last row is 1.048.576; a sheet stops a little before and the table goes on
	 * in the next.
	 */
	static final int ROWS_PER_SHEET = 1_000_000;

	private static final int FLUSH_EVERY = 1_000;

	private final Workbook workbook;

	private final Table<T> table;

	private final String generatedAt;

	private @Nullable Worksheet sheet;

	private int sheets;

	private int row;

	private int rowsInSheet;

	XlsxTable(OutputStream out, Table<T> table, String generatedAt) {
		this.workbook = new Workbook(out, "Thi Dua", "1.0");
		this.table = table;
		this.generatedAt = generatedAt;
	}

	void add(T item) {
		Worksheet current = (sheet == null || rowsInSheet == ROWS_PER_SHEET) ? newSheet() : sheet;
		List<Column<T>> columns = table.columns();
		for (int c = 0; c < columns.size(); c++) {
			write(current, c, columns.get(c).type(), columns.get(c).valueOf(item));
		}
		row++;
		if (++rowsInSheet % FLUSH_EVERY == 0) {
			flush(current);
		}
	}

	private void write(Worksheet current, int column, CellType type, @Nullable Object value) {
		switch (value) {
			case null -> {
			}
			case Number number when type != CellType.TEXT -> {
				current.value(row, column, number instanceof BigDecimal ? number : number.doubleValue());
				current.style(row, column).format(type == CellType.INTEGER ? "#,##0" : "#,##0.00").set();
			}
			case LocalDate date -> dated(current, column, date.atStartOfDay(), "dd/mm/yyyy");
			case LocalDateTime dateTime -> dated(current, column, dateTime, "dd/mm/yyyy hh:mm");
			case Instant instant ->
				dated(current, column, instant.atZone(Exports.VIETNAM).toLocalDateTime(), "dd/mm/yyyy hh:mm");
			case OffsetDateTime dateTime -> dated(current, column,
					dateTime.atZoneSameInstant(Exports.VIETNAM).toLocalDateTime(), "dd/mm/yyyy hh:mm");
			default -> current.inlineString(row, column, value.toString());
		}
	}

	private void dated(Worksheet current, int column, LocalDateTime value, String format) {
		current.value(row, column, value);
		current.style(row, column).format(format).set();
	}

	private Worksheet newSheet() {
		if (sheet != null) {
			finish(sheet);
		}
		sheets++;
		Worksheet next = workbook.newWorksheet(sheets == 1 ? "Danh sách" : "Danh sách " + sheets);
		next.value(0, 0, table.title());
		next.style(0, 0).bold().fontSize(14).set();
		row = 1;
		for (String note : table.notes()) {
			next.value(row, 0, note);
			next.style(row, 0).italic().set();
			row++;
		}
		next.value(row, 0, generatedAt);
		next.style(row, 0).italic().set();
		row += 2;
		List<Column<T>> columns = table.columns();
		for (int c = 0; c < columns.size(); c++) {
			next.value(row, c, columns.get(c).header());
			next.style(row, c).bold().fillColor("DDEBF7").borderStyle(BorderStyle.THIN).wrapText(true).set();
			next.width(c, width(columns.get(c)));
		}
		next.freezePane(0, row + 1);
		row++;
		rowsInSheet = 0;
		sheet = next;
		return next;
	}

	private static double width(Column<?> column) {
		int base = switch (column.type()) {
			case TEXT -> 28;
			case DATE -> 17;
			case INTEGER, DECIMAL -> 13;
		};
		return Math.max(base, Math.min(50, column.header().length() + 2));
	}

	private static void flush(Worksheet current) {
		try {
			current.flush();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void finish(Worksheet current) {
		try {
			current.finish();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		Worksheet current = (sheet == null) ? newSheet() : sheet;
		current.finish();
		workbook.finish();
	}

}
