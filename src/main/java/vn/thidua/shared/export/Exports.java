package vn.thidua.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Downloads;

/**
 * Sends a table as an .xlsx or PDF download, written to the response while the rows are
 * read (on the request's own thread, with its user, language and no transaction held).
 * Rows are read while the file is written: the spreadsheet is flushed every thousand rows
 * and goes on to a new sheet when one is full, so an export of millions of rows holds a
 * thousand at a time. A PDF is for printing, so it carries at most {@value #PDF_MAX_ROWS}
 * rows and says so when there were more.
 */
@Component
public class Exports {

	public static final int PDF_MAX_ROWS = 2_000;

	/**
	 * Rows per table of a PDF: a long table takes the layout engine several times longer
	 * than the same rows cut into short tables (2.000 rows: 13 s against 3 s).
	 */
	private static final int PDF_CHUNK = 100;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final PdfRenderer renderer;

	private final MessageSource messages;

	private final Clock clock;

	Exports(PdfRenderer renderer, MessageSource messages, Clock clock) {
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A table titled by this message, in the language of the request.
	 */
	public <T> TableBuilder<T> table(String titleKey) {
		return new TableBuilder<>(messages, LocaleContextHolder.getLocale(), titleKey);
	}

	/**
	 * Sends the table in the format the path asked for, {@code xlsx} or {@code pdf},
	 * reading the rows while the file goes out.
	 */
	public <T> void download(String format, String fileName, Table<T> table, Rows<T> rows, HttpServletResponse response)
			throws IOException {
		if ("pdf".equals(format)) {
			pdf(response, fileName, table, rows);
		}
		else {
			xlsx(response, fileName, table, rows);
		}
	}

	public <T> void xlsx(HttpServletResponse response, String fileName, Table<T> table, Rows<T> rows)
			throws IOException {
		String generated = generated(LocaleContextHolder.getLocale());
		Downloads.start(response, fileName + ".xlsx", XLSX);
		writeXlsx(response.getOutputStream(), table, generated, rows);
	}

	/**
	 * The table as a printable PDF of its first {@value #PDF_MAX_ROWS} rows.
	 */
	public <T> void pdf(HttpServletResponse response, String fileName, Table<T> table, Rows<T> rows)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		String generated = generated(locale);
		Downloads.start(response, fileName + ".pdf", MediaType.APPLICATION_PDF);
		writePdf(response.getOutputStream(), table, generated, rows, locale);
	}

	<T> void writeXlsx(OutputStream out, Table<T> table, String generated, Rows<T> rows) throws IOException {
		try (XlsxTable<T> sheet = new XlsxTable<>(out, table, generated)) {
			rows.forEach(sheet::add);
		}
	}

	<T> void writePdf(OutputStream out, Table<T> table, String generated, Rows<T> rows, Locale locale)
			throws IOException {
		List<List<String>> shown = new ArrayList<>();
		long[] total = { 0 };
		rows.forEach(row -> {
			if (total[0]++ < PDF_MAX_ROWS) {
				shown.add(table.columns().stream().map(column -> display(column.valueOf(row))).toList());
			}
		});
		List<Boolean> numeric = table.columns()
			.stream()
			.map(column -> column.type() == CellType.INTEGER || column.type() == CellType.DECIMAL)
			.toList();
		String truncated = (total[0] > PDF_MAX_ROWS) ? messages.getMessage("export.pdf.truncated",
				new Object[] { display(PDF_MAX_ROWS), display(total[0]) }, locale) : "";
		List<List<List<String>>> chunks = new ArrayList<>();
		for (int from = 0; from < shown.size(); from += PDF_CHUNK) {
			chunks.add(shown.subList(from, Math.min(shown.size(), from + PDF_CHUNK)));
		}
		renderer.render("export/table", Map.of("table", table, "chunks", chunks, "numeric", numeric, "generated",
				generated, "truncated", truncated), out);
	}

	private String generated(Locale locale) {
		return messages.getMessage("export.generatedAt",
				new Object[] { LocalDateTime.now(clock.withZone(VIETNAM)).format(DATE_TIME) }, locale);
	}

	static String display(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case BigDecimal decimal -> VietnameseNumbers.format(decimal);
			case Double number -> VietnameseNumbers.format(BigDecimal.valueOf(number));
			case Number number -> VietnameseNumbers.format(BigDecimal.valueOf(number.longValue()));
			case LocalDate date -> date.format(DATE);
			case LocalDateTime dateTime -> dateTime.format(DATE_TIME);
			case Instant instant -> instant.atZone(VIETNAM).format(DATE_TIME);
			case OffsetDateTime dateTime -> dateTime.atZoneSameInstant(VIETNAM).format(DATE_TIME);
			default -> value.toString();
		};
	}

}
