package vn.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The default template of each kind, laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I
 * prescribes: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times
 * New Roman; the issuing body (12–13, capitals, the issuer bold) over a short rule and
 * "Số:"; the Quốc hiệu (12–13, capitals, bold) and Tiêu ngữ (13–14, bold) over a rule and
 * the place and date (13–14, italic); the kind's name (13–14, capitals, bold) and its
 * summary (bold) over a rule; the text at 14 justified with a 1,27 cm first-line indent;
 * the grounds in italics; "Nơi nhận:" (12, bold italic) and its list (11); the signing
 * authority, title (capitals, bold) and name (bold); page numbers at the top from the
 * second page. A province may download it, change it in Word and upload its own.
 */
final class NationalLayout {

	private static final String FONT = "Times New Roman";

	/** 1 mm in twentieths of a point. */
	private static final double MM = 56.6929;

	/** Width of the text between the margins: 210 − 30 − 15 mm. */
	private static final int TEXT_WIDTH = twips(165);

	private final XWPFDocument doc = new XWPFDocument();

	private NationalLayout() {
	}

	static byte[] of(DraftKind kind) {
		NationalLayout layout = new NationalLayout();
		layout.page();
		layout.heading(kind == DraftKind.BOARD_MINUTES);
		switch (kind) {
			case DECISION -> layout.decision();
			case PROPOSAL_LETTER, UPWARD_LETTER -> layout.letter();
			case BOARD_MINUTES -> layout.minutes();
			case NARRATIVE_REPORT -> layout.narrative();
			case STATISTICAL_REPORT -> layout.statistics();
		}
		return layout.bytes();
	}

	private void decision() {
		titles();
		centre("{{office}}", 14, true, false);
		list("grounds", true);
		centre("QUYẾT ĐỊNH:", 14, true, false);
		XWPFParagraph start = body("{{?articles}}", false);
		start.setIndentationFirstLine(0);
		XWPFParagraph article = body("", false);
		run(article, "{{heading}}", 14, true, false);
		run(article, " {{text}}", 14, false, false);
		body("{{/articles}}", false).setIndentationFirstLine(0);
		signature();
		XWPFParagraph annex = centre("{{annexTitle}}", 14, true, false);
		annex.setPageBreak(true);
		centre("{{annexOf}}", 14, false, true);
		table("entries",
				List.of("TT", "Tên tập thể, họ và tên cá nhân", "Chức vụ, đơn vị", "Hình thức khen thưởng",
						"Số tiền (đồng)"),
				List.of("index", "name", "detail", "award", "cash"), new int[] { 10, 45, 45, 40, 25 });
		XWPFParagraph total = body("Tổng số tiền: {{total}} đồng.", false);
		total.setAlignment(ParagraphAlignment.RIGHT);
	}

	private void letter() {
		titles();
		centre("Kính gửi: {{addressee}}", 14, false, false).setSpacingAfter(240);
		list("grounds", false);
		body("{{request}}", false);
		table("entries", List.of("TT", "Tên tập thể, họ và tên cá nhân", "Chức vụ, đơn vị", "Hình thức khen thưởng"),
				List.of("index", "name", "detail", "award"), new int[] { 10, 55, 55, 45 });
		body("{{closing}}", false);
		signature();
	}

	private void minutes() {
		titles();
		body("{{opening}}", false);
		body("Chủ trì: {{chair}}.", false);
		body("Thư ký: {{secretary}}.", false);
		body("{{attendance}}", false);
		list("members", false);
		body("Kết quả biểu quyết của các thành viên Hội đồng:", true);
		table("entries",
				List.of("TT", "Tên tập thể, họ và tên cá nhân", "Hình thức khen thưởng", "Tán thành", "Không tán thành",
						"Kết quả"),
				List.of("index", "name", "award", "yes", "no", "result"), new int[] { 10, 50, 45, 18, 18, 24 });
		body("{{conclusion}}", false);
		XWPFTable signers = layoutTable(2);
		XWPFTableCell secretary = signers.getRow(0).getCell(0);
		XWPFTableCell chair = signers.getRow(0).getCell(1);
		width(secretary, TEXT_WIDTH / 2);
		width(chair, TEXT_WIDTH / 2);
		signer(secretary, "THƯ KÝ", "{{secretaryName}}");
		signer(chair, "{{signerTitle}}", "{{signerName}}");
	}

	private void narrative() {
		titles();
		list("paragraphs", false);
		signature();
	}

	private void statistics() {
		titles();
		run(body("", false), "{{basis}}", 14, false, true);
		table("rows", List.of("Hình thức khen thưởng", "Tổng số", "Tập thể", "Cá nhân", "Hộ gia đình"),
				List.of("form", "total", "collectives", "individuals", "households"), new int[] { 65, 25, 25, 25, 25 });
		body("{{note}}", false);
		signature();
	}

	private void page() {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(twips(210)));
		size.setH(BigInteger.valueOf(twips(297)));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(20)));
		margins.setBottom(BigInteger.valueOf(twips(20)));
		margins.setLeft(BigInteger.valueOf(twips(30)));
		margins.setRight(BigInteger.valueOf(twips(15)));
		margins.setHeader(BigInteger.valueOf(twips(10)));
		margins.setFooter(BigInteger.valueOf(twips(10)));
		section.addNewTitlePg();
		doc.createHeader(HeaderFooterType.FIRST);
		XWPFParagraph number = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		number.getCTP().addNewFldSimple().setInstr("PAGE");
		number.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("2");
	}

	/**
	 * The issuing body beside the Quốc hiệu and Tiêu ngữ, the number beside the place and
	 * date.
	 */
	private void heading(boolean minutes) {
		XWPFTable heading = layoutTable(2);
		XWPFTableCell left = heading.getRow(0).getCell(0);
		XWPFTableCell right = heading.getRow(0).getCell(1);
		width(left, TEXT_WIDTH * 2 / 5);
		width(right, TEXT_WIDTH * 3 / 5);
		cellLine(left, "{{?hasParent}}", 13, false, false);
		cellLine(left, "{{parentBody}}", 13, false, false);
		cellLine(left, "{{/hasParent}}", 13, false, false);
		cellLine(left, "{{issuingBody}}", 13, true, false);
		shortRule(left.addParagraph(), TEXT_WIDTH * 2 / 5, 0.35);
		cellLine(left, "Số: {{number}}", 13, false, false);
		cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
		cellLine(right, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
		shortRule(right.addParagraph(), TEXT_WIDTH * 3 / 5, 0.62);
		XWPFParagraph date = cellLine(right, "{{place}}, {{date}}", 14, false, true);
		date.setSpacingBefore(minutes ? 0 : 60);
	}

	private void titles() {
		centre("{{title}}", 14, true, false).setSpacingBefore(360);
		centre("{{subject}}", 14, true, false);
		XWPFParagraph rule = doc.createParagraph();
		shortRule(rule, TEXT_WIDTH, 0.25);
	}

	private void signature() {
		XWPFTable block = layoutTable(2);
		XWPFTableCell copies = block.getRow(0).getCell(0);
		XWPFTableCell sign = block.getRow(0).getCell(1);
		width(copies, TEXT_WIDTH * 9 / 20);
		width(sign, TEXT_WIDTH * 11 / 20);
		XWPFParagraph to = cellLine(copies, "", 12, true, true);
		to.setAlignment(ParagraphAlignment.LEFT);
		run(to, "Nơi nhận:", 12, true, true);
		for (String line : List.of("{{?recipients}}", "{{text}}", "{{/recipients}}")) {
			XWPFParagraph item = cellLine(copies, line, 11, false, false);
			item.setAlignment(ParagraphAlignment.LEFT);
		}
		cellLine(sign, "{{?hasAuthority}}", 14, true, false);
		cellLine(sign, "{{signerAuthority}}", 14, true, false);
		cellLine(sign, "{{/hasAuthority}}", 14, true, false);
		signer(sign, "{{signerTitle}}", "{{signerName}}");
	}

	private void signer(XWPFTableCell cell, String title, String name) {
		cellLine(cell, title, 14, true, false);
		XWPFParagraph space = cellLine(cell, "", 14, false, false);
		space.setSpacingAfter(1700);
		cellLine(cell, name, 14, true, false);
	}

	private void list(String name, boolean italic) {
		body("{{?" + name + "}}", false).setIndentationFirstLine(0);
		XWPFParagraph item = body("", false);
		run(item, "{{text}}", 14, false, italic);
		body("{{/" + name + "}}", false).setIndentationFirstLine(0);
	}

	private void table(String field, List<String> headers, List<String> columns, int[] widthsMm) {
		XWPFTable table = doc.createTable(2, headers.size());
		table.setTableAlignment(TableRowAlign.CENTER);
		table.setWidth(TEXT_WIDTH);
		for (int i = 0; i < headers.size(); i++) {
			XWPFTableCell head = table.getRow(0).getCell(i);
			head.setWidth(String.valueOf(twips(widthsMm[i])));
			XWPFParagraph title = head.getParagraphs().getFirst();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, headers.get(i) + (i == 0 ? "{{" + field + "}}" : ""), 12, true, false);
			XWPFParagraph value = table.getRow(1).getCell(i).getParagraphs().getFirst();
			value.setAlignment(i == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
			run(value, "[" + columns.get(i) + "]", 12, false, false);
		}
		doc.createParagraph();
	}

	private XWPFTable layoutTable(int columns) {
		XWPFTable table = doc.createTable(1, columns);
		table.setWidth(TEXT_WIDTH);
		table.removeBorders();
		table.getRow(0).getTableCells().forEach(cell -> cell.removeParagraph(0));
		return table;
	}

	private static void width(XWPFTableCell cell, int twips) {
		cell.setWidth(String.valueOf(twips));
	}

	private XWPFParagraph centre(String text, int size, boolean bold, boolean italic) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		run(paragraph, text, size, bold, italic);
		return paragraph;
	}

	private XWPFParagraph body(String text, boolean bold) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(twips(12.7));
		paragraph.setSpacingAfter(120);
		if (!text.isEmpty()) {
			run(paragraph, text, 14, bold, false);
		}
		return paragraph;
	}

	private static XWPFParagraph cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic) {
		XWPFParagraph paragraph = cell.addParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		if (!text.isEmpty()) {
			run(paragraph, text, size, bold, italic);
		}
		return paragraph;
	}

	/**
	 * A centred rule under the line above, as wide as the given share of the width.
	 */
	private static void shortRule(XWPFParagraph paragraph, int width, double share) {
		int indent = (int) (width * (1 - share) / 2);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setBorderTop(Borders.SINGLE);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBefore(40);
		run(paragraph, "", 2, false, false);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
		return run;
	}

	private byte[] bytes() {
		try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int twips(double millimetres) {
		return (int) Math.round(millimetres * MM);
	}

}
