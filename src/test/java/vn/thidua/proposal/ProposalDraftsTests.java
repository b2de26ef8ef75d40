package vn.thidua.proposal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import vn.thidua.document.DocumentDrafts;
import vn.thidua.document.DraftFile;
import vn.thidua.document.DraftKind;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Word drafts of a proposal's documents, read back: the national layout's heading,
 * grounds, articles, lists and signature, a blank number until the decision is issued,
 * and a province's own template once its administrator has uploaded one.
 */
@IntegrationTest
class ProposalDraftsTests {

	@Autowired
	ProposalDrafts drafts;

	@Autowired
	DocumentDrafts templates;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	WorldUsers users;

	@Test
	void anIssuedDecisionIsNumberedGroundedAndListsWhoIsAwarded() throws IOException {
		String name = ProposalFixture.unique("Nguyễn Thị Ánh Tuyết");
		String number = ProposalFixture.unique("QĐ").substring(0, 8) + "/QĐ-UBND";
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị"), number, List.of(fixture.eligible(name)));

		String text = text(drafts.decision(proposal.getId(), office()));

		assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "Số: " + number,
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH",
				"Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
				"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
				"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "Căn cứ Nghị định số 152/2025/NĐ-CP",
				"Xét đề nghị của Ủy ban nhân dân xã Mỹ Hòa tại Tờ trình",
				"Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 cá nhân (có danh sách kèm theo)",
				"Điều 3.", "- Như Điều 3;", "Lê Văn Hẳn", name, "Nơi nhận:", "(Kèm theo Quyết định số " + number)
			.doesNotContain("{{", "[name]", "- - ");
	}

	@Test
	void aDecisionDraftedBeforeItIsIssuedLeavesTheNumberAndDayBlank() throws IOException {
		Proposal proposal = fixture.decided(ProposalFixture.unique("Đề nghị"),
				List.of(fixture.eligible(ProposalFixture.unique("Trần Văn Ân"))));

		String text = text(drafts.decision(proposal.getId(), office()));

		assertThat(text).contains("/QĐ-UBND", "ngày      tháng      năm " + ProposalFixture.today().getYear());
	}

	@Test
	void noDecisionIsDraftedBeforeTheChairDecides() {
		Proposal proposal = fixture.atBoard(ProposalFixture.unique("Đề nghị"),
				List.of(fixture.eligible(ProposalFixture.unique("Lê Thị Bé"))));

		assertThatThrownBy(() -> drafts.decision(proposal.getId(), office())).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				violation -> assertThat(violation.messageKey()).isEqualTo("draft.decision.notDecided"));
		assertThatThrownBy(() -> drafts.minutes(proposal.getId(), office())).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void theUnitsLetterIsAddressedToTheDecidingCommitteeAndSignedOnItsBehalf() throws IOException {
		String name = ProposalFixture.unique("Phạm Văn Thủy");
		Proposal proposal = fixture.submitted(ProposalFixture.unique("Đề nghị"), List.of(fixture.eligible(name)));

		String text = text(drafts.proposalLetter(proposal.getId(), users.current(ProposalFixture.PROPOSER)));

		assertThat(text).contains("ỦY BAN NHÂN DÂN XÃ MỸ HÒA", "TỜ TRÌNH", "Kính gửi: Ủy ban nhân dân tỉnh Trà Vinh",
				"/TTr-UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name,
				"Kính trình Ủy ban nhân dân tỉnh Trà Vinh xem xét, quyết định./.");
	}

	@Test
	void theMinutesRecordWhoWasPresentAndEachVote() throws IOException {
		String name = ProposalFixture.unique("Võ Thị Hoa");
		Proposal proposal = fixture.voted(ProposalFixture.unique("Đề nghị"), List.of(fixture.eligible(name)));

		String text = text(drafts.minutes(proposal.getId(), office()));

		assertThat(text).contains("BIÊN BẢN", "Hội đồng Thi đua - Khen thưởng tỉnh Trà Vinh", "Tán thành", name,
				"Đề nghị khen thưởng", "CHỦ TỊCH HỘI ĐỒNG", "THƯ KÝ");
		fixture.board().forEach(member -> assertThat(text).contains(member.fullName()));
	}

	@Test
	void aProposalOutOfReachHasNoDrafts() {
		Proposal proposal = fixture.submitted(ProposalFixture.unique("Đề nghị"),
				List.of(fixture.eligible(ProposalFixture.unique("Đỗ Văn Nam"))));

		assertThatThrownBy(() -> drafts.proposalLetter(proposal.getId(), users.current("officer.nd")))
			.isInstanceOfAny(NotFoundException.class, org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void aProvincesOwnTemplateLaysOutItsDecisionsAndABadOneChangesNothing() throws IOException {
		CurrentUser admin = users.current("admin");
		long province = fixture.province();
		long version = version(province, admin);

		MockMultipartFile unknown = docx("{{issuingBody}} {{luong}}");
		assertThatThrownBy(() -> templates.upload(province, DraftKind.DECISION, version, unknown, admin))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					violation -> assertThat(violation.args()[0].toString()).contains("{{luong}}"));
		assertThatThrownBy(() -> templates.upload(province, DraftKind.DECISION, version,
				new MockMultipartFile("file", "x.docx", null, "not a document".getBytes()), admin))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("draft.template.unreadable"));
		assertThat(version(province, admin)).isEqualTo(version);

		templates.upload(province, DraftKind.DECISION, version, docx("MẪU RIÊNG {{issuingBody}} số {{number}}"), admin);
		assertThatThrownBy(() -> templates.upload(province, DraftKind.DECISION, version, docx("{{number}}"), admin))
			.isInstanceOf(StaleEditException.class);
		Proposal proposal = fixture.decided(ProposalFixture.unique("Đề nghị"),
				List.of(fixture.eligible(ProposalFixture.unique("Trần Thị Mai"))));
		try {
			assertThat(text(drafts.decision(proposal.getId(), office())))
				.contains("MẪU RIÊNG ỦY BAN NHÂN DÂN TỈNH TRÀ VINH số ");
		}
		finally {
			templates.reset(province, DraftKind.DECISION, version(province, admin), admin);
		}
		assertThat(text(drafts.decision(proposal.getId(), office()))).doesNotContain("MẪU RIÊNG")
			.contains("QUYẾT ĐỊNH:");
		assertThatThrownBy(() -> templates.templates(province, users.current(ProposalFixture.OFFICE)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	private long version(long province, CurrentUser admin) {
		return templates.templates(province, admin)
			.stream()
			.filter(row -> row.kind() == DraftKind.DECISION)
			.findFirst()
			.orElseThrow()
			.version();
	}

	private CurrentUser office() {
		return users.current(ProposalFixture.OFFICE);
	}

	static String text(DraftFile file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		file.content().writeTo(out);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	private static MockMultipartFile docx(String text) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return new MockMultipartFile("file", "mau.docx", null, out.toByteArray());
		}
	}

}
