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

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Downloads;

/**
 * Sends a table as an .xlsx or PDF download. Rows are read while the file is written: the
 * spreadsheet is flushed every thousand rows and goes on to a new sheet when one is full,
 * so an export of millions of rows holds a thousand at a time. A PDF is for printing, so
 * it carries at most {@value #PDF_MAX_ROWS} rows and says so when there were more.
 */
@Component
public class Exports {

	public static final int PDF_MAX_ROWS = 2_000;

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
	 * The download of a table as a workbook; the rows are read while it is sent.
	 */
	public <T> ResponseEntity<StreamingResponseBody> xlsx(String fileName, Table<T> table, Rows<T> rows) {
		String generated = generated(LocaleContextHolder.getLocale());
		return Downloads.attachment(fileName + ".xlsx", XLSX, out -> writeXlsx(out, table, generated, rows));
	}

	/**
	 * The download of a table as a printable PDF of its first {@value #PDF_MAX_ROWS}
	 * rows.
	 */
	public <T> ResponseEntity<StreamingResponseBody> pdf(String fileName, Table<T> table, Rows<T> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		String generated = generated(locale);
		return Downloads.attachment(fileName + ".pdf", MediaType.APPLICATION_PDF,
				out -> writePdf(out, table, generated, rows, locale));
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
		renderer.render("export/table", Map.of("table", table, "rows", shown, "numeric", numeric, "generated",
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
