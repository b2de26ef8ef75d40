package vn.thidua.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.account.BoardMember;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The issued decision and its certificates as PDF: Vietnamese text with its diacritics,
 * vi-VN amounts, one certificate page per approved line, fonts embedded, and nothing for
 * a proposal not yet issued or out of the user's reach.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class DecisionDocumentsTests {

	@Autowired
	DecisionDocuments documents;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	ProposalReview review;

	@Autowired
	BoardVoting voting;

	@Autowired
	Decisions decisions;

	@Autowired
	WorldUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDecisionStatesTheAwardsTheCashAndTheAnnexedListInVietnamese() throws IOException {
		String tuyet = ProposalFixture.unique("Nguyễn Thị Ánh Tuyết");
		Proposal draft = fixture.draft(ProposalFixture.unique("Đề nghị"), List.of(fixture.eligible(tuyet)));
		// a province decides its Bằng khen, no longer a commune's Lao động tiên tiến: ten
		// more certificates
		List<Long> more = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			more.add(fixture.eligible(ProposalFixture.unique("Trần Văn Đức")));
		}
		drafting.addPeople(draft.getId(), draft.getVersion(), more, "BK_TINH", "Hoàn thành xuất sắc nhiệm vụ năm 2025.",
				users.current(ProposalFixture.PROPOSER));
		Proposal proposal = issue(draft.getId(), Set.of());

		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes(documents.decision(proposal.getId(), office())))) {
			assertFontsEmbedded(pdf);
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			PDPage first = pdf.getPage(0);
			assertThat(first.getMediaBox().getHeight()).isGreaterThan(first.getMediaBox().getWidth());
			text = text(pdf);
		}

		assertThat(text).contains("UBND TỈNH TRÀ VINH", "Số: " + proposal.getDecisionNumber(),
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Trà Vinh, " + signedOn(),
				"QUYẾT ĐỊNH Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
				"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
				"Căn cứ Nghị định số 152/2025/NĐ-CP", "Xét đề nghị của Ủy ban nhân dân xã Mỹ Hòa",
				"Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 11 cá nhân (có danh sách kèm theo)",
				"thực hiện nhiệm vụ năm 2025", "tổng số tiền 38.610.000 đồng", "mức lương cơ sở 2.340.000 đồng",
				"Điều 3.", "CHỦ TỊCH Lê Văn Hẳn",
				"(Kèm theo Quyết định số " + proposal.getDecisionNumber() + " " + signedOn(),
				"1 " + tuyet + " Công chức xã, Xã Mỹ Hòa Bằng khen cấp tỉnh 3.510.000", "Tổng cộng 38.610.000");
	}

	@Test
	void everyApprovedLineAndOnlyThoseGetsACertificatePage() throws IOException {
		String rejected = ProposalFixture.unique("Lý Thị Bị Hoãn");
		List<String> names = List.of(ProposalFixture.unique("Nguyễn Thị Ánh Tuyết"),
				ProposalFixture.unique("Thạch Văn Ưng"), rejected);
		Proposal draft = fixture.draft(ProposalFixture.unique("Đề nghị"),
				names.stream().map(fixture::eligible).toList());
		ProposalLine tuyet = fixture.lines(draft)
			.stream()
			.filter(line -> line.getSubjectName().equals(names.getFirst()))
			.findFirst()
			.orElseThrow();
		drafting.reviseLine(tuyet.getId(), tuyet.getVersion(),
				"Hoàn thành xuất sắc nhiệm vụ hai năm liền, dẫn đầu phong trào thi đua của xã. ".repeat(45), null,
				users.current(ProposalFixture.PROPOSER));
		Proposal proposal = issue(draft.getId(), Set.of(rejected));
		collectiveCertificateFor(proposal, "Xã Mỹ Hòa");
		Map<String, Long> lineIds = fixture.lines(proposal)
			.stream()
			.collect(Collectors.toMap(ProposalLine::getSubjectName, ProposalLine::getId));

		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes(documents.certificates(proposal.getId(), office())))) {
			assertFontsEmbedded(pdf);
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
			PDPage page = pdf.getPage(0);
			assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
			text = text(pdf);
		}
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
				"TẶNG BẰNG KHEN Xã Mỹ Hòa Đã có thành tích: Dẫn đầu phong trào thi đua năm 2025.",
				"TẶNG BẰNG KHEN Ông " + names.get(0) + " Công chức xã, Xã Mỹ Hòa",
				"Đã có thành tích: Hoàn thành xuất sắc nhiệm vụ hai năm liền, dẫn đầu phong trào", names.get(1),
				"Quyết định số " + proposal.getDecisionNumber() + " ngày "
						+ ProposalFixture.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
				"Sổ vàng số: " + lineIds.get(names.get(0)), "Trà Vinh, " + signedOn(), "Lê Văn Hẳn");
		assertThat(text).doesNotContain(rejected);
		try (PDDocument pdf = Loader.loadPDF(bytes(documents.decision(proposal.getId(), office())))) {
			assertThat(text(pdf))
				.contains("cho 01 tập thể và 02 cá nhân", "Tập thể 1 Xã Mỹ Hòa Bằng khen cấp tỉnh (tập thể) 7.020.000",
						"Cá nhân 1 ", names.get(1), "Tổng cộng 14.040.000")
				.doesNotContain(rejected, "TV-CN-MH");
		}

		try (PDDocument one = Loader
			.loadPDF(bytes(documents.certificate(proposal.getId(), lineIds.get(names.get(1)), office())))) {
			assertThat(one.getNumberOfPages()).isEqualTo(1);
			assertThat(text(one)).contains(names.get(1)).doesNotContain(names.get(0));
		}
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> documents.certificate(proposal.getId(), lineIds.get(rejected), office()));
	}

	@Test
	void theDownloadsAreAttachmentsNamedAfterTheDecisionNumber() throws Exception {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Nguyễn Thị Ánh Tuyết"))));
		String name = proposal.getDecisionNumber().replace('/', '-');

		MvcResult decision = download("/proposals/" + proposal.getId() + "/decision.pdf", "officer.tv");
		String header = decision.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(decision.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(header).startsWith("attachment;")
			.contains("filename=\"QD-" + name.replace("Đ", "D") + ".pdf\"")
			.contains("filename*=UTF-8''");
		assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("QD-" + name + ".pdf");
		assertThat(decision.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());

		MvcResult certificates = download("/proposals/" + proposal.getId() + "/certificates.pdf", "officer.tv-cn-mh");
		try (PDDocument pdf = Loader.loadPDF(certificates.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void anotherProvincesOfficerGetsNotFound() throws Exception {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Nguyễn Thị Ánh Tuyết"))));
		long line = fixture.lines(proposal).getFirst().getId();

		for (String path : List.of("/decision.pdf", "/certificates.pdf", "/lines/" + line + "/certificate.pdf")) {
			mvc.perform(get("/proposals/" + proposal.getId() + path).with(users.as("officer.nd")))
				.andExpect(status().isNotFound())
				.andExpect(request().asyncNotStarted());
		}
	}

	@Test
	void aProposalWithoutAnIssuedDecisionHasNoDocuments() throws Exception {
		Proposal proposal = fixture.decided(ProposalFixture.unique("Đề nghị"),
				List.of(fixture.eligible(ProposalFixture.unique("Nguyễn Thị Ánh Tuyết"))));
		Proposal draft = fixture.draft(ProposalFixture.unique("Đề nghị"),
				List.of(fixture.eligible(ProposalFixture.unique("Nguyễn Thị Ánh Tuyết"))));

		for (Proposal unissued : List.of(proposal, draft)) {
			assertThatExceptionOfType(BusinessRuleViolation.class)
				.isThrownBy(() -> documents.decision(unissued.getId(), office()))
				.satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("decision.pdf.notIssued"));
			mvc.perform(get("/proposals/" + unissued.getId() + "/certificates.pdf").with(users.as("officer.tv")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(request().asyncNotStarted())
				.andExpect(content().string(containsString("chưa có quyết định khen thưởng được ban hành")));
		}
	}

	@Test
	void twoSimultaneousIssuesOfOneNumberBothFindItIssued() throws Exception {
		Proposal decided = fixture.decided(ProposalFixture.unique("Ban hành đồng thời"),
				List.of(fixture.eligible(ProposalFixture.unique("Hà Văn Cùng"))));
		String number = number();
		CurrentUser chair = users.current(ProposalFixture.CHAIR);
		var start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.Callable<String> issue = () -> {
			start.await();
			return decisions
				.issue(decided.getId(), decided.getVersion(), number, ProposalFixture.today(), "Lê Văn Hẳn",
						"Chủ tịch UBND tỉnh Trà Vinh", chair)
				.getDecisionNumber();
		};
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool
				.submit(new org.springframework.security.concurrent.DelegatingSecurityContextCallable<>(issue));
			var second = pool
				.submit(new org.springframework.security.concurrent.DelegatingSecurityContextCallable<>(issue));
			start.countDown();

			assertThat(first.get()).isEqualTo(number);
			assertThat(second.get()).isEqualTo(number);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void datesAreWrittenTheAdministrativeWay() {
		assertThat(DecisionDocuments.dateParts(LocalDate.of(2026, 2, 5))).containsExactly("05", "02", "2026");
		assertThat(DecisionDocuments.dateParts(LocalDate.of(2026, 3, 10))).containsExactly("10", "3", "2026");
		assertThat(DecisionDocuments.dateParts(LocalDate.of(2025, 12, 31))).containsExactly("31", "12", "2025");
	}

	/**
	 * Walks a draft through submission, appraisal and a unanimous board to an issued
	 * decision, the chair approving every line but those of the named people.
	 */
	private Proposal issue(long id, Set<String> rejected) {
		CurrentUser office = office();
		Proposal proposal = drafting.submit(id, fixture.current(id).getVersion(),
				users.current(ProposalFixture.PROPOSER));
		proposal = review.startAppraisal(id, proposal.getVersion(), office);
		proposal = review.forwardToBoard(id, fixture.current(id).getVersion(), office);
		BoardSession session = fixture.session(proposal);
		for (BoardMember member : fixture.board()) {
			voting.vote(session.getId(), fixture.ballots(proposal, Ballot.AGREE), true,
					users.current(member.username()));
		}
		voting.close(session.getId(), session.getVersion(), false, office);
		Map<Long, LineDecision> chosen = fixture.lines(proposal)
			.stream()
			.collect(Collectors.toMap(ProposalLine::getId,
					line -> rejected.contains(line.getSubjectName()) ? LineDecision.REJECTED : LineDecision.APPROVED));
		proposal = decisions.decide(id, fixture.current(id).getVersion(), chosen, null,
				users.current(ProposalFixture.CHAIR));
		return decisions.issue(id, proposal.getVersion(), number(), ProposalFixture.today(), "Lê Văn Hẳn",
				"Chủ tịch UBND tỉnh Trà Vinh", users.current(ProposalFixture.CHAIR));
	}

	/**
	 * Adds the commune itself, approved for the collective provincial certificate, to an
	 * issued proposal, as the ranking would have proposed it; written straight into the
	 * table, the workflow for collectives being tested elsewhere.
	 */
	private void collectiveCertificateFor(Proposal proposal, String unitName) {
		jdbc.sql("""
				insert into proposal_line (proposal_id, unit_id, subject_name, subject_detail, award_type_code,
				                           achievement, outcome, vote_passed, decision, cash_amount)
				values (:proposal, :unit, :name, 'TV-CN-MH', 'BK_TINH_TT', 'Dẫn đầu phong trào thi đua năm 2025.',
				        'PASSED', true, 'APPROVED', 7020000)
				""")
			.param("proposal", proposal.getId())
			.param("unit", fixture.myHoa())
			.param("name", unitName)
			.update();
	}

	private MvcResult download(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn();
	}

	private CurrentUser office() {
		return users.current(ProposalFixture.OFFICE);
	}

	private static String number() {
		return Long.toString(System.nanoTime(), 36) + "/QĐ-UBND";
	}

	private static byte[] bytes(PdfFile file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		file.content().writeTo(out);
		return out.toByteArray();
	}

	/**
	 * The text of every page, with line breaks and runs of spaces made single spaces, so
	 * that a phrase reads the same wherever a line wrapped.
	 */
	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
	}

	private static void assertFontsEmbedded(PDDocument pdf) throws IOException {
		int fonts = 0;
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).as(resources.getFont(name).getName()).isTrue();
				assertThat(resources.getFont(name).getName()).contains("LiberationSerif");
				fonts++;
			}
		}
		assertThat(fonts).isPositive();
	}

	/**
	 * The date the fixture issues decisions on, as the documents write it: "ngày 03 tháng
	 * 12 năm 2026".
	 */
	private static String signedOn() {
		String[] parts = DecisionDocuments.dateParts(ProposalFixture.today());
		return "ngày " + parts[0] + " tháng " + parts[1] + " năm " + parts[2];
	}

}
