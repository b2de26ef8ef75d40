package vn.thidua.award;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.imports.ImportJob;
import vn.thidua.imports.ImportJobs;
import vn.thidua.integration.ApiAccess;
import vn.thidua.integration.ApiKeyManagement;
import vn.thidua.shared.importing.ImportProblem;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Sheets;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The facts through the import sheets and the API: ratings of people and collectives,
 * initiatives, discipline records and revocations, bad rows listed and nothing written,
 * another province's ids refused.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class RegistryFactsExchangeTests {

	@Autowired
	TreeFixture fixture;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ApiKeyManagement keys;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String p;

	long district;

	long lan;

	CurrentUser officer;

	@BeforeEach
	void aProvinceWithADistrictAndAPerson() {
		p = fixture.prefix();
		long province = fixture
			.unit(fixture.root(), p + "-P", "Tỉnh Thử " + p, UnitKind.PROVINCE, LocalDate.of(2000, 1, 1))
			.getId();
		district = fixture.unit(province, p + "-H", "Huyện Thử", UnitKind.DISTRICT, LocalDate.of(2000, 1, 1)).getId();
		fixture.unit(fixture.root(), p + "-Q", "Tỉnh Khác " + p, UnitKind.PROVINCE, LocalDate.of(2000, 1, 1));
		lan = fixture.person(district, "Nguyễn Thị Lan", LocalDate.of(1985, 3, 1));
		officer = fixture.user(province, Role.OFFICER);
	}

	@Test
	void aRatingsSheetListsEveryBadRowThenWritesPeopleAndCollectivesOnce() {
		byte[] bad = Sheets.xlsx("Xếp loại",
				new Object[][] { { "Năm", "Mã đơn vị", "Họ và tên", "Ngày sinh", "Xếp loại" },
						{ 2025, p + "-H", "Nguyễn Thị Lan", LocalDate.of(1985, 3, 1), "Hoàn thành tốt nhiệm vụ" },
						{ 1800, p + "-H", "", "", "X" }, { 2025, p + "-H", "Người Lạ", "01/01/1990", "T" },
						{ 2025, p + "-Q", "", "", "T" }, { 2025, p + "-H", "", "", "giỏi" } });
		ImportJob checked = checked("ratings", bad);
		assertThat(checked.preview().problems())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3, "year", "imports.facts.badYear"),
					tuple(4, "fullName", "imports.facts.personNotFound"),
					tuple(5, "unitCode", "imports.unitOutOfScope"), tuple(6, "rating", "imports.facts.unknownRating"));
		assertThat(ratings()).isZero();

		byte[] good = Sheets.xlsx("Xếp loại",
				new Object[][] { { "Năm", "Mã đơn vị", "Họ và tên", "Ngày sinh", "Xếp loại" },
						{ 2025, p + "-H", "Nguyễn Thị Lan", LocalDate.of(1985, 3, 1), "Hoàn thành tốt nhiệm vụ" },
						{ 2025, p + "-H", "", "", "HTXSNV" } });
		ImportJob job = written("ratings", good);
		assertThat(job.result().written()).isEqualTo(2);
		assertThat(ratings()).isEqualTo(2);
		ImportJob again = written("ratings", good);
		assertThat(again.result().written()).isZero();
		assertThat(again.result().existing()).isEqualTo(2);
	}

	@Test
	void initiativeDisciplineAndRevocationSheetsAreWritten() {
		written("initiatives",
				Sheets.xlsx("Sáng kiến",
						new Object[][] {
								{ "Mã đơn vị", "Họ và tên", "Ngày sinh", "Tên sáng kiến", "Phạm vi ảnh hưởng",
										"Cơ quan công nhận", "Số quyết định", "Ngày quyết định", "Năm" },
								{ p + "-H", "Nguyễn Thị Lan", "01/03/1985", "Số hóa hồ sơ", "Cấp tỉnh", "UBND tỉnh",
										"12/QĐ-UBND", "10/03/2025", "" } }));
		assertThat(jdbc.sql("select influence || year from initiative where person_id = ?")
			.param(lan)
			.query(String.class)
			.single()).isEqualTo("PROVINCE2025");

		ImportJob wrongPenalty = checked("discipline", Sheets.xlsx("Kỷ luật", new Object[][] {
				{ "Mã đơn vị", "Họ và tên", "Ngày sinh", "Loại", "Hình thức kỷ luật", "Nội dung", "Ngày bắt đầu" },
				{ p + "-H", "Nguyễn Thị Lan", "01/03/1985", "Điều tra", "Cảnh cáo", "Vi phạm", "01/02/2025" },
				{ p + "-H", "Nguyễn Thị Lan", "01/03/1985", "Kỷ luật", "Phạt tiền", "Vi phạm", "01/02/2025" } }));
		assertThat(wrongPenalty.preview().problems()).extracting(ImportProblem::messageKey)
			.containsExactly("facts.discipline.penaltyOnlyForDiscipline", "imports.facts.unknownPenalty");
		written("discipline",
				Sheets.xlsx("Kỷ luật", new Object[][] {
						{ "Mã đơn vị", "Họ và tên", "Ngày sinh", "Loại", "Hình thức kỷ luật", "Nội dung",
								"Ngày bắt đầu" },
						{ p + "-H", "Nguyễn Thị Lan", "01/03/1985", "Kỷ luật", "Cảnh cáo", "Vi phạm", "01/02/2025" },
						{ p + "-H", "", "", "Thanh tra", "", "Thanh tra công vụ", "01/04/2025" } }));
		assertThat(jdbc.sql("select penalty from discipline_record where person_id = ?")
			.param(lan)
			.query(String.class)
			.single()).isEqualTo("WARNING");
		assertThat(jdbc.sql("select kind from discipline_record where unit_id = ?")
			.param(district)
			.query(String.class)
			.single()).as("a row without a name is about the unit itself").isEqualTo("INSPECTION");
		ImportJob collectivePenalty = checked("discipline",
				Sheets.xlsx("Kỷ luật",
						new Object[][] {
								{ "Mã đơn vị", "Họ và tên", "Ngày sinh", "Loại", "Hình thức kỷ luật", "Nội dung",
										"Ngày bắt đầu" },
								{ p + "-H", "", "", "Kỷ luật", "Cảnh cáo", "Vi phạm", "01/05/2025" } }));
		assertThat(collectivePenalty.preview().problems()).extracting(ImportProblem::messageKey)
			.containsExactly("facts.discipline.noPenaltyForCollective");

		long award = fixture.award(lan, district, "CSTDCS", LocalDate.of(2025, 1, 20), "35/QĐ-UBND",
				"Chủ tịch UBND huyện", "Nguyễn Thị Lan");
		Object[] header = { "Mã đơn vị", "Họ và tên", "Ngày sinh", "Số quyết định khen thưởng", "Số quyết định hủy bỏ",
				"Ngày quyết định hủy bỏ", "Lý do", "Tiền thu hồi" };
		ImportJob unknown = checked("revocations",
				Sheets.xlsx("Hủy bỏ",
						new Object[][] { header,
								{ p + "-H", "Nguyễn Thị Lan", "01/03/1985", "99/QĐ-UBND", "80/QĐ-UBND", "01/06/2025",
										"Sai", "" },
								{ p + "-H", "Nguyễn Thị Lan", "01/03/1985", "35/QĐ-UBND", "80/QĐ-UBND", "01/06/2025",
										"Sai", "1234567890123456" } }));
		assertThat(unknown.preview().problems()).extracting(ImportProblem::messageKey)
			.containsExactly("imports.facts.awardNotFound", "imports.facts.badCash");
		written("revocations", Sheets.xlsx("Hủy bỏ", new Object[][] { header, { p + "-H", "Nguyễn Thị Lan",
				"01/03/1985", "35/QĐ-UBND", "80/QĐ-UBND", "01/06/2025", "Khai man", "3.510.000" } }));
		assertThat(jdbc
			.sql("select revocation_decision || ' ' || revocation_date || ' ' || revocation_cash "
					+ "from award_record where id = ? and revoked")
			.param(award)
			.query(String.class)
			.single()).isEqualTo("80/QĐ-UBND 2025-06-01 3510000");
	}

	@Test
	void theApiReadsAndWritesRatingsAllOrNothingAndRefusesAnotherProvince() throws Exception {
		String key = keys.create("Hệ thống " + p, p + "-P", ApiAccess.WRITE, fixture.system()).secret();
		String foreign = keys.create("Khác " + p, p + "-Q", ApiAccess.WRITE, fixture.system()).secret();

		mvc.perform(put("/api/v1/units/" + p + "-H/ratings").param("year", "2025")
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ratings\": [{\"subject\": \"p" + lan + "\", \"rating\": \"X\"}, {\"subject\": \"u" + district
					+ "\", \"rating\": \"rất tốt\"}]}"))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("ratings[1]"))
			.andExpect(jsonPath("$.errors[0].code").value("facts.rating.unknown"));
		assertThat(ratings()).isZero();

		mvc.perform(put("/api/v1/units/" + p + "-H/ratings").param("year", "2025")
			.header("Authorization", "Bearer " + foreign)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ratings\": [{\"subject\": \"p" + lan + "\", \"rating\": \"X\"}]}"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/units/" + p + "-H/ratings").param("year", "1700")
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ratings\": [{\"subject\": \"p" + lan + "\", \"rating\": \"X\"}]}"))
			.andExpect(status().isBadRequest());

		mvc.perform(put("/api/v1/units/" + p + "-H/ratings").param("year", "2025")
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ratings\": [{\"subject\": \"p" + lan + "\", \"rating\": \"hoàn thành xuất sắc nhiệm vụ\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ratings[?(@.subject == 'p" + lan + "')].rating").value("EXCELLENT"));
		mvc.perform(put("/api/v1/units/" + p + "-H/ratings").param("year", "2025")
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ratings\": [{\"subject\": \"p" + lan + "\", \"rating\": \"K\"}]}"))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].code").value("facts.rating.stale"));
		mvc.perform(
				get("/api/v1/units/" + p + "-H/ratings").param("year", "2025").header("Authorization", "Bearer " + key))
			.andExpect(status().isOk());
	}

	@Test
	void theApiRecordsInitiativesDisciplineAndRevocations() throws Exception {
		String key = keys.create("Hệ thống " + p, p + "-P", ApiAccess.WRITE, fixture.system()).secret();
		String foreign = keys.create("Khác " + p, p + "-Q", ApiAccess.WRITE, fixture.system()).secret();
		mvc.perform(post("/api/v1/people/" + lan + "/initiatives").header("Authorization", "Bearer " + foreign)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Sổ tay\", \"influence\": \"UNIT\", \"year\": 2025}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/people/" + lan + "/initiatives").header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Sổ tay\", \"influence\": \"GALAXY\", \"year\": 2025}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/people/" + lan + "/initiatives").header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Sổ tay\", \"influence\": \"UNIT\", \"decisionDate\": \"2025-03-10\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.year").value(2025));
		mvc.perform(post("/api/v1/people/" + lan + "/discipline").header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"COMPLAINT\", \"detail\": \"Đơn khiếu nại\", \"startedOn\": \"2025-04-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0));
		String inspection = "{\"kind\": \"INSPECTION\", \"detail\": \"Thanh tra công vụ\", \"startedOn\": \"2025-04-02\"}";
		mvc.perform(post("/api/v1/units/" + p + "-H/discipline").header("Authorization", "Bearer " + foreign)
			.contentType(MediaType.APPLICATION_JSON)
			.content(inspection)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/units/" + p + "-H/discipline").header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(inspection)).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/units/" + p + "-H/discipline").header("Authorization", "Bearer " + key))
			.andExpect(jsonPath("$[0].kind").value("INSPECTION"));
		long award = fixture.award(lan, district, "CSTDCS", LocalDate.of(2025, 1, 20), "36/QĐ-UBND",
				"Chủ tịch UBND huyện", "Nguyễn Thị Lan");
		String revocation = "{\"decision\": \"81/QĐ-UBND\", \"date\": \"2025-06-01\", \"reason\": \"Khai man\", "
				+ "\"cash\": 1000, \"version\": 0, \"confirmed\": %s}";
		mvc.perform(post("/api/v1/awards/" + award + "/revocation").header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(revocation.formatted("false"))).andExpect(status().is(422));
		mvc.perform(post("/api/v1/awards/" + award + "/revocation").header("Authorization", "Bearer " + foreign)
			.contentType(MediaType.APPLICATION_JSON)
			.content(revocation.formatted("true"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/awards/" + award + "/revocation").header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(revocation.formatted("true")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revoked").value(true));
	}

	private long ratings() {
		return jdbc.sql("select count(*) from performance_rating where person_id = ? or unit_id = ?")
			.params(lan, district)
			.query(Long.class)
			.single();
	}

	private ImportJob checked(String kind, byte[] content) {
		try {
			ImportJob job = jobs.start(kind, kind + ".xlsx", new ByteArrayInputStream(content), officer);
			finish(job);
			return job;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ImportJob written(String kind, byte[] content) {
		ImportJob job = checked(kind, content);
		assertThat(job.preview().problems()).isEmpty();
		jobs.confirm(job.id(), officer);
		finish(job);
		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		return job;
	}

	private static void finish(ImportJob job) {
		for (int i = 0; i < 600 && job.isRunning(); i++) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(job.isRunning()).isFalse();
	}

}
