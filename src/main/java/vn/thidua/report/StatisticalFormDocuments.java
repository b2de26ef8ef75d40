package vn.thidua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

import vn.thidua.report.FilledForm.Cell;
import vn.thidua.report.FilledForm.Missing;
import vn.thidua.report.FilledForm.Row;
import vn.thidua.report.StatisticalForm.Column;

/**
 * Writes a filled statistical form as a workbook and as a Word document laid out as the
 * circular's annex: the form's code, the circular it comes with and the date it is due on
 * the left, the reporting and receiving units on the right, the title and period, the
 * table with its lettered and numbered header row, the rows the product cannot fill
 * listed under it, and the signature block, with the signers' names left for them to
 * write. Figures are numbers; a figure the product does not hold reads
 * {@value #NOT_HELD}.
 */
@Component
public class StatisticalFormDocuments {

	public static final String NOT_HELD = "Không có số liệu";

	static final String FONT = "Times New Roman";

	public String fileName(FilledForm filled, String extension) {
		String code = filled.form().number();
		return "bieu-" + code + "-" + filled.unit().code() + "-" + filled.period().fromYear()
				+ (filled.period().half() == Half.STATISTICAL_YEAR ? ""
						: "-" + filled.period().half().name().toLowerCase())
				+ "." + extension;
	}

	/**
	 * The header rows of the table: the labels column, the code, the unit of count when
	 * each row has its own, then the figures.
	 */
	private static List<String> fixedHeadings(FilledForm filled) {
		List<String> fixed = new ArrayList<>(List.of("", "Mã số"));
		if (unitColumn(filled)) {
			fixed.add("Đơn vị tính");
		}
		return fixed;
	}

	private static boolean unitColumn(FilledForm filled) {
		return filled.form().countUnit().isEmpty();
	}

	private static List<String> letters(FilledForm filled) {
		return unitColumn(filled) ? List.of("A", "B", "C") : List.of("A", "B");
	}

	private static List<String> fixedCells(FilledForm filled, Row row) {
		List<String> cells = new ArrayList<>();
		cells.add(row.line().label());
		cells.add(row.line().code() == null ? "" : row.line().code());
		if (unitColumn(filled)) {
			cells.add(row.line().countUnit());
		}
		return cells;
	}

	private static String reporting(FilledForm filled) {
		return "Đơn vị báo cáo: " + filled.unit().name();
	}

	private static String receiving(FilledForm filled) {
		return "Đơn vị nhận báo cáo: " + (filled.receivingUnit() == null ? "" : filled.receivingUnit());
	}

	private static String period(FilledForm filled) {
		return filled.periodText();
	}

	// --- .xlsx

	public void xlsx(FilledForm filled, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Thi Dua", "1.0");
		Worksheet sheet = workbook.newWorksheet(filled.form().number());
		List<Column> columns = filled.form().columns();
		int fixed = fixedHeadings(filled).size();
		int last = fixed + columns.size() - 1;
		int right = Math.max(fixed, last - 3);
		sheet.value(0, 0, "Biểu số: " + filled.form().code());
		sheet.style(0, 0).bold().set();
		sheet.value(1, 0, filled.form().issuedWith());
		sheet.style(1, 0).italic().set();
		sheet.value(2, 0, "Ngày nhận báo cáo: " + filled.form().deadline());
		sheet.value(0, right, reporting(filled));
		sheet.value(1, right, receiving(filled));
		sheet.range(0, right, 0, last).merge();
		sheet.range(1, right, 1, last).merge();
		sheet.value(4, 0, filled.form().title());
		sheet.range(4, 0, 4, last).merge();
		sheet.range(4, 0, 4, last).style().bold().fontSize(14).horizontalAlignment("center").wrapText(true).set();
		sheet.value(5, 0, period(filled));
		sheet.range(5, 0, 5, last).merge();
		sheet.range(5, 0, 5, last).style().italic().horizontalAlignment("center").set();
		int top = 6;
		if (!filled.form().countUnit().isEmpty()) {
			sheet.value(top, last, "Đơn vị tính: " + filled.form().countUnit());
			sheet.style(top, last).italic().set();
		}
		top = 7;
		List<String> headings = fixedHeadings(filled);
		for (int i = 0; i < fixed; i++) {
			sheet.value(top, i, headings.get(i));
			sheet.range(top, i, top + 1, i).merge();
		}
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			int c = fixed + i;
			if (column.group() == null) {
				sheet.value(top, c, column.heading());
				sheet.range(top, c, top + 1, c).merge();
			}
			else {
				int end = i;
				while (end + 1 < columns.size() && column.group().equals(columns.get(end + 1).group())) {
					end++;
				}
				if (i == 0 || !column.group().equals(columns.get(i - 1).group())) {
					sheet.value(top, c, column.group());
					sheet.range(top, c, top, fixed + end).merge();
				}
				sheet.value(top + 1, c, column.heading());
			}
		}
		List<String> letters = letters(filled);
		for (int i = 0; i < fixed; i++) {
			sheet.value(top + 2, i, letters.get(i));
		}
		for (int i = 0; i < columns.size(); i++) {
			sheet.value(top + 2, fixed + i, columns.get(i).number());
		}
		sheet.range(top, 0, top + 2, last)
			.style()
			.bold()
			.wrapText(true)
			.horizontalAlignment("center")
			.verticalAlignment("center")
			.borderStyle(BorderStyle.THIN)
			.set();
		int r = top + 3;
		for (Row row : filled.rows()) {
			List<String> cells = fixedCells(filled, row);
			for (int i = 0; i < cells.size(); i++) {
				sheet.value(r, i, cells.get(i));
			}
			for (int i = 0; i < row.cells().size(); i++) {
				Cell cell = row.cells().get(i);
				if (cell.value() != null) {
					sheet.value(r, fixed + i, cell.value());
				}
				else if (cell.notHeld()) {
					sheet.value(r, fixed + i, NOT_HELD);
					sheet.style(r, fixed + i).italic().fontColor("808080").wrapText(true).set();
				}
			}
			sheet.range(r, 0, r, last).style().borderStyle(BorderStyle.THIN).wrapText(true).set();
			if (row.line().isHeading() || "01".equals(row.line().code())) {
				sheet.range(r, 0, r, last).style().bold().borderStyle(BorderStyle.THIN).set();
			}
			r++;
		}
		r++;
		sheet.value(r++, 0, "Ghi chú: \"" + NOT_HELD + "\" là số liệu sản phẩm không lưu giữ, không phải số 0:");
		for (Missing missing : filled.missing()) {
			sheet.value(r++, 0, "- " + missing.where() + " (" + missing.label() + "): " + missing.reason());
		}
		r++;
		sheet.value(r, right, filled.place() + ", " + filled.longDate());
		sheet.range(r, right, r, last).merge();
		sheet.range(r, right, r, last).style().italic().horizontalAlignment("center").set();
		r++;
		sheet.value(r, 0, "NGƯỜI LẬP BIỂU");
		sheet.style(r, 0).bold().horizontalAlignment("center").set();
		sheet.value(r, right, "THỦ TRƯỞNG ĐƠN VỊ");
		sheet.range(r, right, r, last).merge();
		sheet.range(r, right, r, last).style().bold().horizontalAlignment("center").set();
		r++;
		sheet.value(r, 0, "(Ký, họ tên)");
		sheet.style(r, 0).italic().horizontalAlignment("center").set();
		sheet.value(r, right, "(Ký, họ tên, đóng dấu)");
		sheet.range(r, right, r, last).merge();
		sheet.range(r, right, r, last).style().italic().horizontalAlignment("center").set();
		sheet.width(0, 48);
		sheet.width(1, 7);
		for (int i = 2; i <= last; i++) {
			sheet.width(i, 13);
		}
		workbook.finish();
	}

	// --- .docx

	public void docx(FilledForm filled, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			landscape(document);
			List<Column> columns = filled.form().columns();
			int fixed = fixedHeadings(filled).size();
			int width = fixed + columns.size();

			XWPFTable header = document.createTable(3, 2);
			noBorders(header);
			text(header.getRow(0).getCell(0), "Biểu số: " + filled.form().code(), true, false, ParagraphAlignment.LEFT);
			text(header.getRow(1).getCell(0), filled.form().issuedWith(), false, true, ParagraphAlignment.LEFT);
			text(header.getRow(2).getCell(0), "Ngày nhận báo cáo: " + filled.form().deadline(), false, false,
					ParagraphAlignment.LEFT);
			text(header.getRow(0).getCell(1), reporting(filled), false, false, ParagraphAlignment.LEFT);
			text(header.getRow(1).getCell(1), receiving(filled), false, false, ParagraphAlignment.LEFT);
			text(header.getRow(2).getCell(1), "", false, false, ParagraphAlignment.LEFT);

			paragraph(document, filled.form().title(), true, false, ParagraphAlignment.CENTER, 14);
			paragraph(document, period(filled), false, true, ParagraphAlignment.CENTER, 13);
			if (!filled.form().countUnit().isEmpty()) {
				paragraph(document, "Đơn vị tính: " + filled.form().countUnit(), false, true, ParagraphAlignment.RIGHT,
						13);
			}

			XWPFTable table = document.createTable(3 + filled.rows().size(), width);
			table.setTableAlignment(TableRowAlign.CENTER);
			List<String> headings = fixedHeadings(filled);
			for (int i = 0; i < fixed; i++) {
				text(table.getRow(0).getCell(i), headings.get(i), true, false, ParagraphAlignment.CENTER);
				text(table.getRow(1).getCell(i), "", true, false, ParagraphAlignment.CENTER);
				mergeDown(table, i);
			}
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				XWPFTableCell top = table.getRow(0).getCell(fixed + i);
				XWPFTableCell below = table.getRow(1).getCell(fixed + i);
				if (column.group() == null) {
					text(top, column.heading(), true, false, ParagraphAlignment.CENTER);
					text(below, "", true, false, ParagraphAlignment.CENTER);
					mergeDown(table, fixed + i);
				}
				else {
					boolean first = i == 0 || !column.group().equals(columns.get(i - 1).group());
					text(top, first ? column.group() : "", true, false, ParagraphAlignment.CENTER);
					top.getCTTc().addNewTcPr().addNewHMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
					text(below, column.heading(), true, false, ParagraphAlignment.CENTER);
				}
			}
			List<String> letters = letters(filled);
			for (int i = 0; i < fixed; i++) {
				text(table.getRow(2).getCell(i), letters.get(i), true, false, ParagraphAlignment.CENTER);
			}
			for (int i = 0; i < columns.size(); i++) {
				text(table.getRow(2).getCell(fixed + i), columns.get(i).number(), true, false,
						ParagraphAlignment.CENTER);
			}
			int r = 3;
			for (Row row : filled.rows()) {
				boolean bold = row.line().isHeading() || "01".equals(row.line().code());
				List<String> cells = fixedCells(filled, row);
				for (int i = 0; i < cells.size(); i++) {
					text(table.getRow(r).getCell(i), cells.get(i), bold, false,
							i == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
				}
				for (int i = 0; i < row.cells().size(); i++) {
					Cell cell = row.cells().get(i);
					XWPFTableCell target = table.getRow(r).getCell(fixed + i);
					if (cell.value() != null) {
						text(target, vietnamese(cell.value()), bold, false, ParagraphAlignment.RIGHT);
					}
					else {
						text(target, cell.notHeld() ? NOT_HELD : "", false, cell.notHeld(), ParagraphAlignment.CENTER);
					}
				}
				r++;
			}

			paragraph(document, "Ghi chú: \"" + NOT_HELD + "\" là số liệu sản phẩm không lưu giữ, không phải số 0:",
					false, true, ParagraphAlignment.LEFT, 12);
			for (Missing missing : filled.missing()) {
				paragraph(document, "- " + missing.where() + " (" + missing.label() + "): " + missing.reason(), false,
						false, ParagraphAlignment.LEFT, 12);
			}

			XWPFTable signature = document.createTable(4, 2);
			noBorders(signature);
			text(signature.getRow(0).getCell(0), "", false, false, ParagraphAlignment.CENTER);
			text(signature.getRow(0).getCell(1), filled.place() + ", " + filled.longDate(), false, true,
					ParagraphAlignment.CENTER);
			text(signature.getRow(1).getCell(0), "NGƯỜI LẬP BIỂU", true, false, ParagraphAlignment.CENTER);
			text(signature.getRow(1).getCell(1), "THỦ TRƯỞNG ĐƠN VỊ", true, false, ParagraphAlignment.CENTER);
			text(signature.getRow(2).getCell(0), "(Ký, họ tên)", false, true, ParagraphAlignment.CENTER);
			text(signature.getRow(2).getCell(1), "(Ký, họ tên, đóng dấu)", false, true, ParagraphAlignment.CENTER);
			text(signature.getRow(3).getCell(0), "", false, false, ParagraphAlignment.CENTER);
			text(signature.getRow(3).getCell(1), "", false, false, ParagraphAlignment.CENTER);
			document.write(out);
		}
	}

	private static String vietnamese(long value) {
		return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
	}

	private static void landscape(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(16838));
		size.setH(BigInteger.valueOf(11906));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1134));
		margins.setRight(BigInteger.valueOf(1134));
	}

	private static void noBorders(XWPFTable table) {
		table.removeBorders();
		table.setWidth("100%");
	}

	private static void mergeDown(XWPFTable table, int column) {
		table.getRow(0).getCell(column).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
		table.getRow(1).getCell(column).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold, boolean italic,
			ParagraphAlignment alignment, int size) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		run(paragraph, text, bold, italic, size);
	}

	private static void text(XWPFTableCell cell, String text, boolean bold, boolean italic,
			ParagraphAlignment alignment) {
		XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		run(paragraph, text, bold, italic, 12);
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}

}
