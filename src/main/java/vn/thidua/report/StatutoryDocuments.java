package vn.thidua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.award.AwardKind;
import vn.thidua.report.StatutoryReport.ClusterLine;
import vn.thidua.report.StatutoryReport.Line;
import vn.thidua.report.StatutoryReport.MovementLine;
import vn.thidua.shared.pdf.PdfRenderer;

/**
 * Writes the statutory report as a workbook (two header rows over the awards table,
 * numbers as numbers, dates as dates) and as an A4 landscape PDF, always in Vietnamese.
 */
@Component
public class StatutoryDocuments {

	private static final AwardKind[] KINDS = AwardKind.values();

	private final MessageSource messages;

	private final PdfRenderer pdf;

	StatutoryDocuments(MessageSource messages, PdfRenderer pdf) {
		this.messages = messages;
		this.pdf = pdf;
	}

	public String fileName(StatutoryReport report, String extension) {
		return "bao-cao-thong-ke-TDKT-" + report.unit().code() + "-" + report.period().fromYear()
				+ (report.period().half() == Half.YEAR ? "" : "-" + report.period().half().name().toLowerCase()) + "."
				+ extension;
	}

	public void pdf(StatutoryReport report, OutputStream out) throws IOException {
		pdf.render("reports/pdf/statutory", Map.of("r", report, "kinds", KINDS), out);
	}

	public void xlsx(StatutoryReport report, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Thi Dua", "1.0");
		Worksheet awards = workbook.newWorksheet(text("statutory.sheet.awards"));
		awards.value(0, 0, report.heading().authority());
		awards.value(1, 0,
				text("statutory.heading", report.heading().periodText().toLowerCase(PdfRenderer.VIETNAMESE)));
		awards.style(1, 0).bold().set();
		int top = 3;
		awards.value(top, 0, text("statutory.col.form"));
		awards.range(top, 0, top + 1, 0).merge();
		awards.value(top, 1, text("statutory.col.total"));
		awards.range(top, 1, top + 1, 1).merge();
		awards.value(top, 2, text("statutory.col.subjects"));
		awards.range(top, 2, top, 4).merge();
		awards.value(top, 5, text("statutory.col.kinds"));
		awards.range(top, 5, top, 4 + KINDS.length).merge();
		String[] subjects = { "Subject.COLLECTIVE", "Subject.INDIVIDUAL", "Subject.HOUSEHOLD" };
		for (int i = 0; i < subjects.length; i++) {
			awards.value(top + 1, 2 + i, text(subjects[i]));
		}
		for (int i = 0; i < KINDS.length; i++) {
			awards.value(top + 1, 5 + i, text("statutory.kind." + KINDS[i]));
		}
		awards.range(top, 0, top + 1, 4 + KINDS.length).style().bold().wrapText(true).set();
		int row = top + 2;
		for (Line line : report.lines()) {
			write(awards, row++, text("FormLine." + line.form()), line);
		}
		write(awards, row, text("statutory.total"), report.total());
		awards.range(row, 0, row, 4 + KINDS.length).style().bold().set();
		awards.width(0, 45);
		writeMovements(workbook.newWorksheet(text("statutory.sheet.movements")), report.movements());
		writeClusters(workbook.newWorksheet(text("statutory.sheet.clusters")), report.clusters());
		workbook.finish();
	}

	private static void write(Worksheet sheet, int row, String label, Line line) {
		sheet.value(row, 0, label);
		sheet.value(row, 1, line.counts().total());
		sheet.value(row, 2, line.counts().collectives());
		sheet.value(row, 3, line.counts().individuals());
		sheet.value(row, 4, line.counts().households());
		for (int i = 0; i < KINDS.length; i++) {
			sheet.value(row, 5 + i, line.kind(KINDS[i]));
		}
	}

	private void writeMovements(Worksheet sheet, List<MovementLine> movements) {
		String[] headers = { "statutory.mv.name", "statutory.mv.authority", "statutory.mv.plan",
				"statutory.mv.planDate", "statutory.mv.start", "statutory.mv.end", "statutory.mv.participants",
				"statutory.mv.reported", "statutory.mv.completed", "statutory.mv.awards" };
		for (int i = 0; i < headers.length; i++) {
			sheet.value(0, i, text(headers[i]));
		}
		sheet.range(0, 0, 0, headers.length - 1).style().bold().wrapText(true).set();
		int row = 1;
		for (MovementLine m : movements) {
			sheet.value(row, 0, m.name());
			sheet.value(row, 1, m.authority());
			sheet.value(row, 2, m.plan());
			date(sheet, row, 3, m.planDate());
			date(sheet, row, 4, m.start());
			date(sheet, row, 5, m.end());
			sheet.value(row, 6, m.participants());
			sheet.value(row, 7, m.reported());
			sheet.value(row, 8, m.completed());
			sheet.value(row, 9, m.awards().total());
			row++;
		}
		sheet.width(0, 60);
	}

	private void writeClusters(Worksheet sheet, List<ClusterLine> clusters) {
		String[] headers = { "statutory.cl.name", "statutory.cl.kind", "statutory.cl.members", "statutory.cl.leader",
				"statutory.cl.first" };
		for (int i = 0; i < headers.length; i++) {
			sheet.value(0, i, text(headers[i]));
		}
		sheet.range(0, 0, 0, headers.length - 1).style().bold().set();
		int row = 1;
		for (ClusterLine c : clusters) {
			sheet.value(row, 0, c.name());
			sheet.value(row, 1, text("ClusterKind." + c.kind()));
			sheet.value(row, 2, c.members());
			sheet.value(row, 3, c.leader());
			sheet.value(row, 4, c.first());
			row++;
		}
		sheet.width(0, 40);
	}

	private static void date(Worksheet sheet, int row, int column, @Nullable LocalDate date) {
		if (date != null) {
			sheet.value(row, column, date);
			sheet.style(row, column).format("dd/mm/yyyy").set();
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, PdfRenderer.VIETNAMESE);
	}

}
