package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.thidua.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftEngineTests {

	@ParameterizedTest
	@EnumSource(DraftKind.class)
	void everyNationalTemplatePassesItsOwnCheck(DraftKind kind) {
		DraftEngine.check(kind, NationalLayout.of(kind));
	}

	@Test
	void aDecisionIsFilledInTheNationalLayout() throws IOException {
		Draft draft = new Draft(DraftKind.DECISION, 1, "qd",
				new Draft.Heading("", "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG", "12/QĐ-UBND", "Vĩnh Long",
						"ngày 05 tháng 02 năm 2026", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen"),
				new Draft.Signature("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hòa",
						List.of("- Như Điều 3;", "- Lưu: VT.")));
		draft.text("office", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG")
			.lines("grounds", List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"))
			.rows("articles", List.of(Map.of("heading", "Điều 1.", "text", "Tặng Bằng khen cho 01 tập thể.")))
			.text("annexTitle", "DANH SÁCH")
			.text("annexOf", "(Kèm theo Quyết định số 12/QĐ-UBND)")
			.rows("entries", List.of(
					Map.of("index", "1", "name", "xã Mỹ Hòa", "detail", "", "award", "Bằng khen", "cash", "3.540.000"),
					Map.of("index", "2", "name", "Trần Văn Ân", "detail", "Chủ tịch", "award", "Bằng khen", "cash",
							"1.770.000")))
			.text("total", "5.310.000");

		try (XWPFDocument doc = read(draft)) {
			String text = new XWPFWordExtractor(doc).getText();
			assertThat(text)
				.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/QĐ-UBND",
						"Vĩnh Long, ngày 05 tháng 02 năm 2026", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hòa",
						"Căn cứ Luật Thi đua, khen thưởng", "Điều 1. Tặng Bằng khen cho 01 tập thể.", "xã Mỹ Hòa",
						"Trần Văn Ân", "1.770.000", "Tổng số tiền: 5.310.000 đồng.", "- Như Điều 3;")
				.doesNotContain("{{", "[name]", "[index]");
			assertThat(doc.getTables().get(2).getRows()).hasSize(3);
			XWPFRun nation = runWith(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			assertThat(nation.getFontFamily()).isEqualTo("Times New Roman");
			assertThat(nation.isBold()).isTrue();
		}
	}

	@Test
	void theBodyAboveAndTheAuthorityAreLeftOutWhenThereAreNone() throws IOException {
		Draft draft = new Draft(
				DraftKind.NARRATIVE_REPORT, 1, "bc", new Draft.Heading("", "ỦY BAN NHÂN DÂN XÃ MỸ HÒA", "   /BC-UBND",
						"Mỹ Hòa", "ngày 01 tháng 12 năm 2026", "BÁO CÁO", "Tổng kết"),
				new Draft.Signature("", "CHỦ TỊCH", "Lê Văn Bình", List.of()));
		draft.lines("paragraphs", List.of("I. Kết quả", "Đạt 31.434,47 tỷ đồng."));
		try (XWPFDocument doc = read(draft)) {
			String text = new XWPFWordExtractor(doc).getText();
			assertThat(text).contains("I. Kết quả", "Đạt 31.434,47 tỷ đồng.", "CHỦ TỊCH", "Lê Văn Bình")
				.doesNotContain("hasParent", "hasAuthority", "true", "false");
		}
	}

	@Test
	void aTemplateNamingUnknownFieldsIsRefusedWithAllOfThem() throws IOException {
		byte[] template = document("Kính gửi: {{addressee}} {{salary}} {{@logo}}");
		assertThatThrownBy(() -> DraftEngine.check(DraftKind.PROPOSAL_LETTER, template))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
				assertThat(violation.messageKey()).isEqualTo("draft.template.unknownFields");
				assertThat(violation.args()[0].toString()).contains("{{salary}}", "{{@logo}}")
					.doesNotContain("addressee");
			});
	}

	@Test
	void aFieldOfAnotherKindOrAnExpressionIsRefused() throws IOException {
		assertThatThrownBy(() -> DraftEngine.check(DraftKind.PROPOSAL_LETTER, document("{{total}}")))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> DraftEngine.check(DraftKind.DECISION, document("{{office.class}}")))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aFileThatIsNotAWordDocumentIsUnreadable() {
		assertThatThrownBy(() -> DraftEngine.check(DraftKind.DECISION, "PK\u0003\u0004 not a zip".getBytes()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("draft.template.unreadable"));
	}

	private static XWPFDocument read(Draft draft) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DraftEngine.render(NationalLayout.of(draft.kind()), draft, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

	private static XWPFRun runWith(XWPFDocument doc, String text) {
		return doc.getTables()
			.stream()
			.flatMap(table -> table.getRows().stream())
			.flatMap(row -> row.getTableCells().stream())
			.flatMap(cell -> cell.getParagraphs().stream())
			.map(XWPFParagraph::getRuns)
			.flatMap(List::stream)
			.filter(run -> text.equals(run.text()))
			.findFirst()
			.orElse(null);
	}

	static byte[] document(String text) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
	}

}
