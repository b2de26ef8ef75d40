package vn.thidua.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Influence;
import vn.thidua.proposal.InvalidQuota.Problem;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Certificates as the law's models show them and as offices print them onto the blanks
 * they buy: the national emblem and "Ông/Bà" on the full certificate; a layout per award
 * type and province, checked whole, kept against stale forms and out of other provinces'
 * reach; and the fields alone, where the layout puts them.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class CertificateLayoutTests {

	private static final double POINTS_PER_MM = 72 / 25.4;

	@Autowired
	CertificateLayoutAdministration layouts;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	TreeFixture tree;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardRegistry registry;

	@Test
	void aProvincialCertificateCarriesTheEmblemAndAddressesEachPersonAsOfficersDo() throws IOException {
		String tuyet = ProposalFixture.unique("Nguyễn Thị Ánh Tuyết");
		String ung = ProposalFixture.unique("Thạch Văn Ưng");
		String unknown = ProposalFixture.unique("Lê Hồng Phúc");
		long tuyetId = fixture.eligible(tuyet);
		long unknownId = fixture.eligible(unknown);
		jdbc.sql("update person set sex = 'FEMALE' where id = ?").param(tuyetId).update();
		jdbc.sql("update person set sex = null where id = ?").param(unknownId).update();
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị"), number(),
				List.of(tuyetId, fixture.eligible(ung), unknownId));

		try (PDDocument pdf = Loader.loadPDF(bytes(documents.certificates(proposal.getId(), office())))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
			for (PDPage page : pdf.getPages()) {
				assertThat(images(page)).as("the national emblem on every provincial certificate").isPositive();
			}
			assertThat(text(pdf)).contains("Bà " + tuyet, "Ông " + ung, "Ông/Bà " + unknown)
				.doesNotContain("Ông Bà " + tuyet);
		}
	}

	@Test
	void absurdValuesAreRefusedAllAtOnceAndChangeNothing() {
		CurrentUser officer = provinceOfficer();
		Map<String, String> input = values(CertificateLayoutAdministration.starting());
		input.put("paper", "B5");
		input.put("x_NAME", "500");
		input.put("size_NAME", "200");
		input.put("y_SIGNER_NAME", "-5");
		input.put("x_ACHIEVEMENT", "mười");
		input.put("width_DECISION", "500");
		input.put("align_PLACE_DATE", "JUSTIFY");
		input.put("x_SIGNER_TITLE", "12,55");
		int before = layouts();

		assertThatExceptionOfType(InvalidLayout.class)
			.isThrownBy(() -> layouts.save("BK_TINH", null, null, input, officer))
			.satisfies(invalid -> assertThat(invalid.problems()).extracting(Problem::field)
				.containsExactlyInAnyOrder("paper", "x_NAME", "size_NAME", "y_SIGNER_NAME", "x_ACHIEVEMENT",
						"width_DECISION", "align_PLACE_DATE", "x_SIGNER_TITLE"));
		assertThat(layouts()).isEqualTo(before);
	}

	@Test
	void theFormShowsEveryProblemBesideItsFieldInVietnamese() throws Exception {
		Map<String, String> input = values(CertificateLayoutAdministration.starting());
		input.put("x_NAME", "500");
		input.put("size_SIGNER_NAME", "2");
		var request = post("/certificate-layouts/GK").with(csrf()).with(users.as("officer.tv"));
		input.forEach(request::param);

		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mẫu in chưa được lưu")))
			.andExpect(content().string(containsString("Từ 0 đến 297 mm (chiều ngang tờ giấy).")))
			.andExpect(content().string(containsString("Cỡ chữ từ 6 đến 72 pt.")))
			.andExpect(content().string(containsString("value=\"500\"")));
	}

	@Test
	void aStaleFormIsRefusedAndTheLaterSaveStands() {
		CurrentUser officer = provinceOfficer();
		Map<String, String> first = values(CertificateLayoutAdministration.starting());
		CertificateLayout saved = layouts.save("BK_TINH", null, null, first, officer);
		long read = saved.getVersion();
		Map<String, String> second = new HashMap<>(first);
		second.put("y_NAME", "101,5");
		layouts.save("BK_TINH", null, read, second, officer);

		Map<String, String> stale = new HashMap<>(first);
		stale.put("y_NAME", "80");
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> layouts.save("BK_TINH", null, read, stale, officer));
		assertThatExceptionOfType(StaleEditException.class).as("a second first save")
			.isThrownBy(() -> layouts.save("BK_TINH", null, null, stale, officer));
		assertThat(layouts.view("BK_TINH", null, officer).values()).containsEntry("y_NAME", "101,5");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'CertificateLayoutField'")
			.query(Long.class)
			.single()).as("every field's change audited").isPositive();
		assertThat(jdbc
			.sql("select changes->'fields' is null from audit_entry where entity_type = 'CertificateLayout'"
					+ " and entity_id = ?")
			.param(String.valueOf(saved.getId()))
			.query(Boolean.class)
			.list()).as("the layout's own entries leave its fields to theirs").isNotEmpty().containsOnly(true);
	}

	@Test
	void theFieldsAlonePrintWhereTheLayoutPutsThem() throws IOException {
		CurrentUser office = office();
		Map<String, String> input = values(layouts.view("BK_TINH", null, office).layout() == null
				? CertificateLayoutAdministration.starting() : layouts.view("BK_TINH", null, office).layout().draft());
		input.put("paper", "A4");
		input.put("orientation", "LANDSCAPE");
		input.put("x_NAME", "50");
		input.put("y_NAME", "60");
		input.put("width_NAME", "200");
		input.put("size_NAME", "20");
		input.put("align_NAME", "LEFT");
		layouts.save("BK_TINH", null, layouts.view("BK_TINH", null, office).version(), input, office);

		String tuyet = ProposalFixture.unique("Nguyễn Thị Ánh Tuyết");
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị"), number(),
				List.of(fixture.eligible(tuyet), fixture.eligible(ProposalFixture.unique("Thạch Văn Ưng"))));

		try (PDDocument pdf = Loader.loadPDF(bytes(documents.blanks(proposal.getId(), office)))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			PDPage first = pdf.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(297 * (float) POINTS_PER_MM,
					org.assertj.core.data.Offset.offset(1f));
			assertThat(images(first)).as("no emblem, no frame picture").isZero();
			String text = text(pdf);
			assertThat(text).contains("Ông " + tuyet, "Đã có thành tích",
					proposal.getDecisionNumber() + " ngày "
							+ ProposalFixture.today()
								.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
					"Trà Vinh, ngày", "CHỦ TỊCH", "Lê Văn Hẳn");
			assertThat(text).doesNotContain("CỘNG HÒA", "Độc lập", "TẶNG", "BẰNG KHEN", "Sổ vàng");

			TextPosition start = find(pdf, "Ông " + tuyet);
			assertThat(start.getXDirAdj()).as("x of the name, in points")
				.isCloseTo((float) (50 * POINTS_PER_MM), org.assertj.core.data.Offset.offset(2f));
			float top = (float) (60 * POINTS_PER_MM);
			assertThat(start.getYDirAdj()).as("baseline of the name, in points from the top")
				.isBetween(top, top + 20 * 1.3f);
		}
	}

	@Test
	void aDecisionOfATypeWithoutLayoutExplainsThatOneMustBeSetUp() throws Exception {
		long person = fixture.person(ProposalFixture.unique("Ngô Thị Chiến Sĩ"));
		for (int year = 2023; year <= 2025; year++) {
			fixture.grassrootsFighter(person, year);
		}
		registry.recogniseInitiative(person, 2024, "Sổ tay điện tử một cửa", Influence.PROVINCE, office());
		jdbc.sql("delete from certificate_layout where award_type_code = 'CSTD_TINH'").update();
		Proposal proposal = fixture.issued("CSTD_TINH", ProposalFixture.unique("Chiến sĩ thi đua tỉnh"), number(),
				List.of(person));

		assertThat(documents.typesWithoutBlankLayout(proposal.getId(), office())).containsExactly("CSTD_TINH");
		assertThatExceptionOfType(BusinessRuleViolation.class)
			.isThrownBy(() -> documents.blanks(proposal.getId(), office()))
			.satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("certificate.blanks.noLayout"));
		mvc.perform(get("/proposals/" + proposal.getId()).with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("chưa thiết lập mẫu in lên phôi cho Chiến sĩ thi đua cấp tỉnh")));
		// in English the award type is named in English too, not by its Vietnamese name
		mvc.perform(get("/proposals/" + proposal.getId()).param("lang", "en").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has set no blank layout for Provincial emulation fighter.")))
			.andExpect(content().string(containsString("1 line: 1 eligible,")))
			.andExpect(content().string(not(containsString("layout for Chiến sĩ thi đua cấp tỉnh"))));
	}

	@Test
	void anotherProvinceCannotSeeOrChangeTheLayoutNorPrintTheCertificates() throws Exception {
		CurrentUser namDinh = users.current("officer.nd");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> layouts.view("BK_TINH", "TV", namDinh));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> layouts.save("BK_TINH", "TV", null, values(CertificateLayoutAdministration.starting()), namDinh));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> layouts.overview("TV", namDinh));
		assertThat(layouts.overview(null, namDinh).orElseThrow().province().code()).isEqualTo("ND");

		// a district's officer reads nothing to edit: only the province's own officers
		// keep it
		CurrentUser district = tree.user(fixture.myHoa(), Role.OFFICER);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> layouts.view("BK_TINH", null, district));

		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Nguyễn Thị Ánh Tuyết"))));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> documents.blanks(proposal.getId(), namDinh));
		mvc.perform(get("/proposals/" + proposal.getId() + "/blanks.pdf").with(users.as("officer.nd")))
			.andExpect(status().isNotFound())
			.andExpect(request().asyncNotStarted());
		mvc.perform(get("/certificate-layouts/BK_TINH?province=TV").with(users.as("officer.nd")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificate-layouts/BK_TINH/calibration.pdf?province=TV").with(users.as("officer.nd")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCountryAdministratorNamesTheProvinceAndTheCalibrationPageLabelsEveryField() throws IOException {
		String code = tree.prefix();
		long province = tree.unit(tree.root(), code, "Tỉnh " + code, UnitKind.PROVINCE, LocalDate.of(2025, 7, 1))
			.getId();
		CurrentUser admin = tree.system();
		assertThat(layouts.overview(null, admin)).isEmpty();
		assertThat(layouts.overview(code, admin).orElseThrow().province().id()).isEqualTo(province);
		Map<String, String> input = values(CertificateLayoutAdministration.starting());
		input.put("paper", "A3");
		layouts.save("GK", code, null, input, admin);

		try (PDDocument pdf = Loader.loadPDF(bytes(layouts.calibration("GK", code, admin)))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(420 * (float) POINTS_PER_MM,
					org.assertj.core.data.Offset.offset(1f));
			assertThat(text(pdf)).contains("Họ tên, tên tập thể — x 30, y 95, rộng 237 mm", "Thành tích",
					"Họ tên người ký", "Trang căn chỉnh phôi Giấy khen", "200", "Bà Nguyễn Thị Ánh Tuyết");
		}
		try (PDDocument pdf = Loader.loadPDF(bytes(layouts.preview("GK", code, admin)))) {
			assertThat(text(pdf)).contains("Bà Nguyễn Thị Ánh Tuyết").doesNotContain("Họ tên người ký");
		}
	}

	private CurrentUser office() {
		return users.current(ProposalFixture.OFFICE);
	}

	/**
	 * The officer of a province of its own, so that the test's layouts meet nobody
	 * else's.
	 */
	private CurrentUser provinceOfficer() {
		String code = tree.prefix();
		long province = tree.unit(tree.root(), code, "Tỉnh " + code, UnitKind.PROVINCE, LocalDate.of(2025, 7, 1))
			.getId();
		return tree.user(province, Role.OFFICER);
	}

	private int layouts() {
		return jdbc.sql("select count(*) from certificate_layout_field").query(Integer.class).single();
	}

	private static Map<String, String> values(LayoutDraft draft) {
		return new HashMap<>(CertificateLayoutAdministration.values(draft));
	}

	private static String number() {
		return Long.toString(System.nanoTime(), 36) + "/QĐ-UBND";
	}

	private static byte[] bytes(PdfFile file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		file.content().writeTo(out);
		return out.toByteArray();
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
	}

	private static int images(PDPage page) throws IOException {
		int images = 0;
		for (COSName name : page.getResources().getXObjectNames()) {
			if (page.getResources().getXObject(name) instanceof PDImageXObject) {
				images++;
			}
		}
		return images;
	}

	/**
	 * The first letter of a phrase, on whichever page holds it, with where it was drawn.
	 */
	private static TextPosition find(PDDocument pdf, String phrase) throws IOException {
		StringBuilder pages = new StringBuilder();
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			List<TextPosition> positions = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> letters) {
					positions.addAll(letters);
				}
			};
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.getText(pdf);
			StringBuilder letters = new StringBuilder();
			List<TextPosition> owners = new ArrayList<>();
			for (TextPosition position : positions) {
				for (char letter : position.getUnicode().toCharArray()) {
					if (letter != ' ') {
						letters.append(letter);
						owners.add(position);
					}
				}
			}
			int at = letters.indexOf(phrase.replace(" ", ""));
			if (at >= 0) {
				return owners.get(at);
			}
			pages.append(letters).append(" | ");
		}
		throw new AssertionError("'" + phrase + "' is on no page: " + pages);
	}

}
