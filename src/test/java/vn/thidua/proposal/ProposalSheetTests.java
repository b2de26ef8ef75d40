package vn.thidua.proposal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.QueryCount;
import vn.thidua.support.Sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * Lines from a sheet: a preview that adds nothing and explains every bad row by row and
 * column, a confirmation that adds every row or none, re-checked against the proposal's
 * version, and people found by name (and birth date) in one query for the whole sheet.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ProposalSheetTests {

	static final Object[] HEADER = { "STT", "Họ và tên", "Ngày sinh (dd/mm/yyyy)", "Mã đơn vị", "Mã hình thức",
			"Tóm tắt thành tích" };

	static final String MY_HOA = "TV-CN-MH";

	@Autowired
	ProposalFixture fixture;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	ProposalQueries queries;

	@Autowired
	AwardRegistry registry;

	@Autowired
	WorldUsers users;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	Proposal proposal;

	@BeforeEach
	void draft() {
		proposal = drafting.create(new NewProposal(unique("Đề nghị từ tệp"), ProposalFixture.YEAR, AwardKind.MERIT,
				fixture.province(), null), proposer());
	}

	private Proposal toTheCommune() {
		return drafting.create(new NewProposal(unique("Đề nghị xã từ tệp"), ProposalFixture.YEAR, AwardKind.MERIT,
				fixture.myHoa(), null), proposer());
	}

	@Test
	void aSheetWithABadRowAddsNothingAndExplainsEveryBadRowByRowAndColumn() {
		String good = unique("Trần Văn Tốt");
		fixture.eligible(good);
		String other = unique("Lê Thị Khác");
		fixture.person(other);
		String longText = "x".repeat(4001);
		byte[] sheet = sheet(new Object[] { 1, good, "", MY_HOA, "BK_TINH", "Hai năm liền Chiến sĩ thi đua cơ sở." },
				new Object[] { 2, other, "31/02/1980", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." },
				new Object[] { 3, other, "", "X-KHONG-CO", "LDTT", "Hoàn thành tốt nhiệm vụ." },
				new Object[] { 4, other, "", "ND", "LDTT", "Hoàn thành tốt nhiệm vụ." },
				new Object[] { 5, unique("Không Có Ai"), "", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." },
				new Object[] { 6, "", "", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." },
				new Object[] { 7, other, "", MY_HOA, "TTLDTT", "Hoàn thành tốt nhiệm vụ." },
				new Object[] { 8, other, "", MY_HOA, "KHONG_CO", "Hoàn thành tốt nhiệm vụ." },
				new Object[] { 9, other, "", MY_HOA, "CSTDCS", "" },
				new Object[] { 10, other, "", MY_HOA, "CSTD_TINH", longText },
				new Object[] { 11, good, "", MY_HOA, "BK_TINH", "Lặp lại dòng 2." },
				new Object[] { 12, Diacritics.fold(good), "", MY_HOA, "LDTT", "Tên gõ không dấu." });

		SheetPreview preview = drafting.previewSheet(proposal.getId(), sheet, proposer());

		assertThat(preview.isCommittable()).isFalse();
		assertThat(preview.invalidCount()).isEqualTo(11);
		Map<Integer, SheetLine> rows = byRow(preview);
		assertThat(rows.get(2).isValid()).isTrue();
		assertThat(rows.get(2).verdict().outcome()).isEqualTo(LineOutcome.PASSED);
		assertThat(problems(rows.get(3))).containsExactly("Dòng 3, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ");
		assertThat(problems(rows.get(4))).containsExactly("Dòng 4, cột Mã đơn vị: không có đơn vị nào mã X-KHONG-CO");
		assertThat(problems(rows.get(5)))
			.containsExactly("Dòng 5, cột Mã đơn vị: đơn vị ND (Tỉnh Nam Định) không thuộc Xã Mỹ Hòa");
		assertThat(rows.get(6).problems()).extracting(SheetProblem::messageKey)
			.containsExactly("sheet.lines.personNotFound");
		assertThat(problems(rows.get(7))).containsExactly(
				"Dòng 7, cột Mã hình thức: LDTT (Lao động tiên tiến) là hình thức cho cá nhân: cần ghi Họ và tên");
		assertThat(rows.get(8).problems()).extracting(SheetProblem::column, SheetProblem::messageKey)
			.containsExactly(tuple("awardType", "sheet.lines.typeForCollective"));
		assertThat(problems(rows.get(9)))
			.containsExactly("Dòng 9, cột Mã hình thức: không có hình thức khen thưởng mã KHONG_CO");
		assertThat(problems(rows.get(10))).containsExactly("Dòng 10, cột Tóm tắt thành tích: bắt buộc nhập");
		assertThat(problems(rows.get(11))).containsExactly("Dòng 11, cột Tóm tắt thành tích: dài quá 4.000 ký tự");
		assertThat(problems(rows.get(12))).containsExactly("Dòng 12: trùng đối tượng và hình thức với dòng 2");
		assertThat(problems(rows.get(13))).containsExactly("Dòng 13, cột Họ và tên: không có ai tên “"
				+ Diacritics.fold(good) + "” ở Xã Mỹ Hòa; có phải “" + good + "”?");

		assertThatThrownBy(() -> drafting.addSheet(proposal.getId(), proposal.getVersion(), sheet, proposer()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageStartingWith("sheet.lines.notCommittable");
		assertThat(lines()).isEmpty();
	}

	@Test
	void aGoodSheetAddsEveryRowEachCheckedByTheEngine() {
		String eligible = unique("Trần Thị Đủ");
		fixture.eligible(eligible);
		String ineligible = unique("Lý Văn Thiếu");
		fixture.ineligible(ineligible);
		byte[] sheet = sheet(new Object[] { 1, eligible, "", MY_HOA, "BK_TINH", "Hai năm liền Chiến sĩ thi đua." },
				new Object[] { 2, ineligible, "", MY_HOA, "bk_tinh", "Một năm Chiến sĩ thi đua." },
				new Object[] { 3, "", "", MY_HOA, "TTLDXS", "Tập thể hoàn thành xuất sắc nhiệm vụ." });

		SheetPreview preview = drafting.previewSheet(proposal.getId(), sheet, proposer());

		assertThat(preview.isCommittable()).isTrue();
		assertThat(preview.newCount()).isEqualTo(3);
		Map<Integer, SheetLine> rows = byRow(preview);
		assertThat(rows.get(2).subjectName()).isEqualTo(eligible);
		assertThat(rows.get(2).verdict().outcome()).isEqualTo(LineOutcome.PASSED);
		assertThat(rows.get(3).verdict().outcome()).isEqualTo(LineOutcome.BLOCKED);
		assertThat(rows.get(3).verdict().eligibility().results())
			.anyMatch(result -> result.ruleCode().equals("BK_TINH_LADDER") && result.blocks());
		assertThat(rows.get(4).subjectName()).isEqualTo("Xã Mỹ Hòa");
		assertThat(lines()).isEmpty();

		assertThat(drafting.addSheet(proposal.getId(), proposal.getVersion(), sheet, proposer())).isEqualTo(3);

		ProposalPage page = queries.page(proposal.getId(), proposer());
		assertThat(page.lines()).extracting(ProposalLine::getSubjectName)
			.containsExactly(eligible, ineligible, "Xã Mỹ Hòa");
		assertThat(page.lines()).extracting(ProposalLine::getAwardTypeCode)
			.containsExactly("BK_TINH", "BK_TINH", "TTLDXS");
		assertThat(page.lines()).extracting(ProposalLine::getOutcome)
			.containsExactly(LineOutcome.PASSED, LineOutcome.BLOCKED, LineOutcome.BLOCKED);
		assertThat(page.proposal().getVersion()).isGreaterThan(proposal.getVersion());
	}

	@Test
	void aNameTypedInAnotherCaseOrWithTheNewTonePlacementFindsThePerson() {
		String stored = unique("Nguyễn Thị Thủy");
		fixture.eligible(stored);
		String typed = stored.replace("Nguyễn Thị Thủy", "nguyễn  thị THUỶ");
		byte[] sheet = sheet(new Object[] { 1, typed, "", MY_HOA, "BK_TINH", "Hai năm liền Chiến sĩ thi đua." });

		SheetPreview preview = drafting.previewSheet(proposal.getId(), sheet, proposer());

		assertThat(preview.isCommittable()).as("%s", preview).isTrue();
		assertThat(byRow(preview).get(2).subjectName()).isEqualTo(stored);
	}

	@Test
	void reUploadingTheSameSheetAddsNothingNewAndReportsTheLinesAlreadyThere() {
		// Lao động tiên tiến, Chiến sĩ thi đua cơ sở and Giấy khen are the commune
		// chair's since 01/07/2025
		proposal = toTheCommune();
		String first = unique("Nguyễn Văn Một");
		fixture.person(first);
		String second = unique("Nguyễn Văn Hai");
		fixture.person(second);
		Object[] one = { 1, first, "", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." };
		byte[] sheet = sheet(one);
		drafting.addSheet(proposal.getId(), proposal.getVersion(), sheet, proposer());

		SheetPreview again = drafting.previewSheet(proposal.getId(), sheet, proposer());

		assertThat(again.isCommittable()).isFalse();
		assertThat(again.presentCount()).isEqualTo(1);
		assertThat(again.rows().getFirst().present()).isTrue();
		assertThatThrownBy(() -> drafting.addSheet(proposal.getId(), current().getVersion(), sheet, proposer()))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(lines()).hasSize(1);

		byte[] longer = sheet(one, new Object[] { 2, second, "", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." });
		assertThat(drafting.previewSheet(proposal.getId(), longer, proposer()).newCount()).isEqualTo(1);
		assertThat(drafting.addSheet(proposal.getId(), current().getVersion(), longer, proposer())).isEqualTo(1);
		assertThat(lines()).extracting(ProposalLine::getSubjectName).containsExactly(first, second);
	}

	@Test
	void aPersonOfAnotherProvincesUnitIsRefused() {
		String stranger = unique("Phạm Văn Nam Định");
		long namDinh = users.current("officer.nd").unitId();
		registry.addPerson(stranger, LocalDate.of(1980, 1, 2), "MALE", "Chuyên viên", namDinh,
				users.current("officer.nd"));

		SheetPreview preview = drafting.previewSheet(proposal.getId(),
				sheet(new Object[] { 1, stranger, "", "ND", "LDTT", "Hoàn thành tốt nhiệm vụ." },
						new Object[] { 2, stranger, "", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." }),
				proposer());

		assertThat(preview.isCommittable()).isFalse();
		assertThat(preview.rows().get(0).problems()).extracting(SheetProblem::column, SheetProblem::messageKey)
			.containsExactly(tuple("unitCode", "sheet.lines.outsideScope"));
		assertThat(preview.rows().get(1).problems()).extracting(SheetProblem::column, SheetProblem::messageKey)
			.containsExactly(tuple("name", "sheet.lines.personNotFound"));
	}

	@Test
	void namesakesInTheUnitNeedTheirBirthDate() {
		// Lao động tiên tiến, Chiến sĩ thi đua cơ sở and Giấy khen are the commune
		// chair's since 01/07/2025
		proposal = toTheCommune();
		String name = unique("Thạch Văn Trùng");
		long older = fixture.person(name);
		long younger = registry
			.addPerson(name, LocalDate.of(1995, 9, 1), "MALE", "Công chức xã", fixture.myHoa(), office())
			.getId();

		SheetPreview preview = drafting.previewSheet(proposal.getId(),
				sheet(new Object[] { 1, name, "", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." },
						new Object[] { 2, name.toUpperCase(Locale.forLanguageTag("vi")), "01/09/1995", MY_HOA, "LDTT",
								"Hoàn thành tốt nhiệm vụ." },
						new Object[] { 3, name, LocalDate.of(1984, 5, 6), MY_HOA, "CSTDCS", "Có sáng kiến." },
						new Object[] { 4, name, "02/02/2000", MY_HOA, "GK", "Hoàn thành tốt nhiệm vụ." },
						new Object[] { 5, name, "31/02/1984", MY_HOA, "GK", "Hoàn thành tốt nhiệm vụ." }),
				proposer());

		Map<Integer, SheetLine> rows = byRow(preview);
		assertThat(problems(rows.get(2))).containsExactly(
				"Dòng 2, cột Họ và tên: có 2 người tên “" + name + "” ở Xã Mỹ Hòa: hãy ghi ngày sinh để phân biệt");
		assertThat(rows.get(3).isValid()).isTrue();
		assertThat(rows.get(3).subjectName()).isEqualTo(name);
		assertThat(rows.get(4).isValid()).isTrue();
		assertThat(rows.get(4).birthDate()).isEqualTo("06/05/1984");
		assertThat(rows.get(5).problems()).extracting(SheetProblem::column, SheetProblem::messageKey)
			.containsExactly(tuple("birthDate", "sheet.lines.personNotBornOn"));
		assertThat(rows.get(6).problems()).extracting(SheetProblem::column, SheetProblem::messageKey)
			.containsExactly(tuple("birthDate", "sheet.lines.badDate"));

		byte[] resolved = sheet(new Object[] { 1, name, "01/09/1995", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." },
				new Object[] { 2, name, "06/05/1984", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." });
		drafting.addSheet(proposal.getId(), proposal.getVersion(), resolved, proposer());
		assertThat(lines()).extracting(ProposalLine::getPersonId).containsExactly(younger, older);
	}

	@Test
	void householdAndVillageAwardsAreNeitherOfferedNorTakenForUnitsAndChangeNothing() throws Exception {
		proposal = toTheCommune();
		String page = mvc.perform(get("/proposals/{id}/add", proposal.getId()).with(users.as(ProposalFixture.PROPOSER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unitTypes = page.replaceAll("(?s).*<select class=\"form-select\" id=\"units-type\"(.*?)</select>.*",
				"$1");
		assertThat(unitTypes).contains("value=\"TTLDTT\"")
			.doesNotContain("value=\"GDVH\"", "value=\"GK_HO\"", "value=\"THON_VH\"", "value=\"LDTT\"");

		mvc.perform(post("/proposals/{id}/units", proposal.getId()).param("version", proposal.getVersion() + "")
			.param("ids", fixture.myHoa() + "")
			.param("awardType", "GDVH")
			.param("achievement", "Gia đình văn hóa năm 2025.")
			.with(users.as(ProposalFixture.PROPOSER))
			.with(csrf())).andExpect(flash().attribute("flashErrorKey", "line.typeForNamedSubject"));
		assertThatThrownBy(() -> drafting.addUnits(proposal.getId(), proposal.getVersion(), List.of(fixture.myHoa()),
				"THON_VH", "Ấp văn hóa năm 2025.", proposer()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageStartingWith("line.typeForNamedSubject");
		SheetPreview preview = drafting.previewSheet(proposal.getId(),
				sheet(new Object[] { 1, "", "", MY_HOA, "GK_HO", "Hộ sản xuất, kinh doanh giỏi." },
						new Object[] { 2, "Hộ ông Lâm Văn Hùng", "", MY_HOA, "GDVH", "Gia đình văn hóa." }),
				proposer());

		assertThat(preview.isCommittable()).isFalse();
		assertThat(problems(byRow(preview).get(2)))
			.containsExactly("Dòng 2, cột Mã hình thức: GK_HO (Giấy khen (hộ gia đình))"
					+ " là hình thức cho hộ gia đình hoặc thôn, tổ dân phố: hồ sơ đề nghị chưa nhận loại đối tượng này");
		assertThat(byRow(preview).get(3).problems()).extracting(SheetProblem::column, SheetProblem::messageKey)
			.containsExactly(tuple("awardType", "sheet.lines.typeForNamedSubject"));
		assertThat(jdbc.sql("select count(*) from proposal_line where proposal_id = ?")
			.param(proposal.getId())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select version from award_proposal where id = ?")
			.param(proposal.getId())
			.query(Long.class)
			.single()).isEqualTo(proposal.getVersion());
	}

	@Test
	void aProposalChangedSinceThePreviewRefusesTheSheetAndChangesNothing() {
		// Lao động tiên tiến, Chiến sĩ thi đua cơ sở and Giấy khen are the commune
		// chair's since 01/07/2025
		proposal = toTheCommune();
		String name = unique("Đặng Thị Chờ");
		long person = fixture.person(name);
		byte[] sheet = sheet(new Object[] { 1, name, "", MY_HOA, "LDTT", "Hoàn thành tốt nhiệm vụ." });
		SheetPreview preview = drafting.previewSheet(proposal.getId(), sheet, proposer());
		drafting.addUnits(proposal.getId(), proposal.getVersion(), List.of(fixture.myHoa()), "TTLDTT",
				"Tập thể hoàn thành tốt nhiệm vụ.", proposer());

		assertThatThrownBy(() -> drafting.addSheet(proposal.getId(), preview.proposalVersion(), sheet, proposer()))
			.isInstanceOf(StaleEditException.class);
		assertThat(lines()).extracting(ProposalLine::getPersonId).doesNotContain(person);
	}

	@Test
	void onlyTheProposingUnitsOfficersPreviewASheetOfAnEditableProposal() {
		byte[] sheet = sheet(new Object[] { 1, "", "", MY_HOA, "TTLDTT", "Tập thể hoàn thành tốt nhiệm vụ." });

		assertThatThrownBy(() -> drafting.previewSheet(proposal.getId(), sheet, office()))
			.isInstanceOf(AccessDeniedException.class);
		Proposal submitted = fixture.submitted(unique("Đã trình"), List.of(fixture.eligible(unique("Đủ"))));
		assertThatThrownBy(() -> drafting.previewSheet(submitted.getId(), sheet, proposer()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageStartingWith("proposal.wrongStatus");
	}

	@Test
	void readsACsvSheetAndRefusesFilesThatAreNoSheetOrTooLong() {
		String csv = "STT;Họ và tên;Ngày sinh;Mã đơn vị;Mã hình thức;Tóm tắt thành tích\n"
				+ "1;;;TV-CN-MH;TTLDTT;Tập thể hoàn thành tốt nhiệm vụ.\n";
		SheetPreview preview = drafting.previewSheet(proposal.getId(), csv.getBytes(StandardCharsets.UTF_8),
				proposer());
		assertThat(preview.isCommittable()).isTrue();
		assertThat(preview.rows().getFirst().subjectName()).isEqualTo("Xã Mỹ Hòa");

		assertThat(drafting.previewSheet(proposal.getId(), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }, proposer())
			.fileProblemKey()).isEqualTo("sheet.lines.badFormat");
		assertThat(drafting.previewSheet(proposal.getId(), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }, proposer())
			.fileProblemKey()).isEqualTo("sheet.lines.unreadable");
		assertThat(drafting
			.previewSheet(proposal.getId(), "Họ và tên,Ngày sinh\nA,1\n".getBytes(StandardCharsets.UTF_8), proposer())
			.fileProblemKey()).isEqualTo("sheet.lines.missingColumns");
		StringBuilder tooLong = new StringBuilder(csv.lines().findFirst().orElseThrow()).append('\n');
		for (int row = 0; row <= LineSheet.MAX_ROWS; row++) {
			tooLong.append(row).append(";;;TV-CN-MH;TTLDTT;x\n");
		}
		assertThat(
				drafting.previewSheet(proposal.getId(), tooLong.toString().getBytes(StandardCharsets.UTF_8), proposer())
					.fileProblemKey())
			.isEqualTo("sheet.lines.tooManyRows");
		assertThat(drafting.previewSheet(proposal.getId(), new byte[(int) LineSheet.MAX_BYTES + 1], proposer())
			.fileProblemKey()).isEqualTo("sheet.lines.tooLarge");
	}

	@Test
	void previewingFiveHundredRowsCostsTheSameStatementsAsFive() {
		String prefix = unique("Người Thử Tải");
		jdbc.sql("""
				insert into person (full_name, search_text, birth_date, unit_id)
				select :prefix || ' ' || n, lower(:folded) || ' ' || n, date '1980-01-01' + n, :unit
				from generate_series(1, 500) n
				""")
			.param("prefix", prefix)
			.param("folded", Diacritics.fold(prefix))
			.param("unit", fixture.myHoa())
			.update();
		byte[] five = sheet(rows(prefix, 5));
		byte[] fiveHundred = sheet(rows(prefix, 500));

		QueryCount.reset();
		SheetPreview small = drafting.previewSheet(proposal.getId(), five, proposer());
		long forFive = QueryCount.total();
		QueryCount.reset();
		SheetPreview large = drafting.previewSheet(proposal.getId(), fiveHundred, proposer());
		long forFiveHundred = QueryCount.total();

		assertThat(small.newCount()).isEqualTo(5);
		assertThat(large.newCount()).isEqualTo(500);
		assertThat(large.isCommittable()).isTrue();
		assertThat(forFiveHundred).isEqualTo(forFive).isLessThanOrEqualTo(20);
	}

	@Test
	void theConfirmationUsesTheSheetKeptOnTheServerAndAnswers409WhenTheProposalChanged() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "de-nghi.xlsx", "application/octet-stream",
				sheet(new Object[] { 1, "", "", MY_HOA, "TTLDTT", "Tập thể hoàn thành tốt nhiệm vụ." }));
		MockHttpServletResponse previewed = mvc
			.perform(multipart("/proposals/{id}/lines/sheet", proposal.getId()).file(file)
				.with(users.as(ProposalFixture.PROPOSER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xác nhận thêm 1 dòng")))
			.andReturn()
			.getResponse();
		Cookie session = previewed.getCookie("SESSION");
		String token = previewed.getContentAsString().replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

		mvc.perform(post("/proposals/{id}/lines/sheet/confirm", proposal.getId()).param("token", "forged")
			.cookie(session)
			.with(users.as(ProposalFixture.PROPOSER))
			.with(csrf())).andExpect(flash().attribute("flashErrorKey", "sheet.lines.nothingPending"));
		jdbc.sql("update award_proposal set version = version + 1 where id = ?").param(proposal.getId()).update();
		mvc.perform(post("/proposals/{id}/lines/sheet/confirm", proposal.getId()).param("token", token)
			.cookie(session)
			.with(users.as(ProposalFixture.PROPOSER))
			.with(csrf())).andExpect(status().isConflict());

		assertThat(jdbc.sql("select count(*) from proposal_line where proposal_id = ?")
			.param(proposal.getId())
			.query(Long.class)
			.single()).isZero();
	}

	private Object[][] rows(String prefix, int count) {
		List<Object[]> rows = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			rows.add(new Object[] { n, prefix + " " + n, "", MY_HOA, n % 2 == 0 ? "LDTT" : "CSTDCS",
					"Hoàn thành tốt nhiệm vụ năm 2025." });
		}
		return rows.toArray(Object[][]::new);
	}

	private static byte[] sheet(Object[]... rows) {
		Object[][] all = new Object[rows.length + 1][];
		all[0] = HEADER;
		System.arraycopy(rows, 0, all, 1, rows.length);
		return Sheets.xlsx("Đề nghị", all);
	}

	private static Map<Integer, SheetLine> byRow(SheetPreview preview) {
		return preview.rows().stream().collect(Collectors.toMap(SheetLine::rowNumber, Function.identity()));
	}

	private List<String> problems(SheetLine row) {
		Locale vi = Locale.forLanguageTag("vi-VN");
		return row.problems().stream().map(problem -> {
			String text = messages.getMessage(problem.messageKey(), problem.args(), vi);
			return problem.isRowProblem()
					? messages.getMessage("sheet.lines.rowProblem", new Object[] { row.rowNumber() + "", text }, vi)
					: messages.getMessage("sheet.lines.problem",
							new Object[] { row.rowNumber() + "",
									messages.getMessage("sheet.lines.column." + problem.column(), null, vi), text },
							vi);
		}).toList();
	}

	private List<ProposalLine> lines() {
		return queries.page(proposal.getId(), proposer()).lines();
	}

	private Proposal current() {
		return queries.page(proposal.getId(), proposer()).proposal();
	}

	private CurrentUser proposer() {
		return users.current(ProposalFixture.PROPOSER);
	}

	private CurrentUser office() {
		return users.current(ProposalFixture.OFFICE);
	}

}
