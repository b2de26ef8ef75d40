package vn.thidua.award;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The facts the rules read, entered on the pages: a unit's ratings grid (all or nothing,
 * stale rows refused, scope), initiatives, discipline records with their effect on the
 * person page, and the revocation of an award; each write audited, another province's
 * officer refused without a change.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class RegistryFactsTests {

	@Autowired
	TreeFixture fixture;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	String officer;

	String stranger;

	long province;

	long district;

	long commune;

	long lan;

	long binh;

	@BeforeEach
	void aProvinceWithADistrictAndTwoPeople() {
		String p = fixture.prefix();
		province = fixture.unit(fixture.root(), p + "-P", "Tỉnh Thử " + p, UnitKind.PROVINCE, LocalDate.of(2000, 1, 1))
			.getId();
		district = fixture.unit(province, p + "-H", "Huyện Thử", UnitKind.DISTRICT, LocalDate.of(2000, 1, 1)).getId();
		commune = fixture.unit(district, p + "-X", "Xã Thử", UnitKind.COMMUNE, LocalDate.of(2000, 1, 1)).getId();
		long other = fixture
			.unit(fixture.root(), p + "-Q", "Tỉnh Khác " + p, UnitKind.PROVINCE, LocalDate.of(2000, 1, 1))
			.getId();
		lan = fixture.person(district, "Nguyễn Thị Lan", LocalDate.of(1985, 3, 1));
		binh = fixture.person(district, "Trần Văn Bình", LocalDate.of(1980, 7, 9));
		officer = (p + ".canbo").toLowerCase();
		stranger = (p + ".khac").toLowerCase();
		fixture.account(officer, p + "-P", Role.OFFICER);
		fixture.account(stranger, p + "-Q", Role.OFFICER);
		assertThat(other).isPositive();
	}

	@Test
	void aCollectivesOwnInspectionIsRecordedShownEditedAndClosedOnItsPage() throws Exception {
		mvc.perform(get("/registry/units/" + district + "/discipline/new").with(users.as(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/registry/units/" + district + "/discipline").param("kind", "INSPECTION")
			.param("penalty", "WARNING")
			.param("detail", "Thanh tra công vụ")
			.param("startedOn", "02/04/2025")
			.param("endedOn", "01/04/2025")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chỉ áp dụng cho cá nhân")))
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")));
		mvc.perform(post("/registry/units/" + district + "/discipline").param("kind", "INSPECTION")
			.param("detail", "Thanh tra công vụ")
			.param("startedOn", "02/04/2025")
			.with(users.as(officer))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from discipline_record where unit_id = ?")
			.param(district)
			.query(Long.class)
			.single();

		mvc.perform(get("/registry/units/" + district).with(users.as(officer)))
			.andExpect(content().string(containsString("Thanh tra công vụ")))
			.andExpect(content().string(containsString("/discipline/" + id + "/close")));
		mvc.perform(get("/discipline/" + id + "/edit").with(users.as(officer))).andExpect(status().isOk());
		mvc.perform(get("/discipline/" + id + "/edit").with(users.as(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/discipline/" + id + "/close").param("endedOn", "30/06/2025")
			.param("version", "0")
			.with(users.as(officer))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select ended_on from discipline_record where id = ?")
			.param(id)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void theGridListsTheUnitItsChildCollectivesAndItsPeopleAndSavesAllOrNothing() throws Exception {
		mvc.perform(get("/units/" + district + "/ratings").param("year", "2025").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Thị Lan")))
			.andExpect(content().string(containsString("Xã Thử")))
			.andExpect(content().string(containsString("name=\"r_u" + district + "\"")));

		mvc.perform(post("/units/" + district + "/ratings").param("year", "2025")
			.param("r_p" + lan, "X")
			.param("v_p" + lan, "")
			.param("r_p" + binh, "giỏi lắm")
			.param("v_p" + binh, "")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không nhận ra xếp loại “giỏi lắm”")))
			.andExpect(content().string(containsString("Không lưu: 1 ô có lỗi")));
		assertThat(rating("person_id", lan, 2025)).isNull();

		mvc.perform(post("/units/" + district + "/ratings").param("year", "2025")
			.param("r_p" + lan, "X")
			.param("v_p" + lan, "")
			.param("r_p" + binh, "hoàn thành tốt nhiệm vụ")
			.param("v_p" + binh, "")
			.param("r_u" + district, "HTXSNV")
			.param("v_u" + district, "")
			.with(users.as(officer))
			.with(csrf())).andExpect(status().isFound());
		assertThat(rating("person_id", lan, 2025)).isEqualTo("EXCELLENT");
		assertThat(rating("person_id", binh, 2025)).isEqualTo("GOOD");
		assertThat(rating("unit_id", district, 2025)).isEqualTo("EXCELLENT");
		long id = jdbc.sql("select id from performance_rating where person_id = ? and year = 2025")
			.param(lan)
			.query(Long.class)
			.single();
		assertThat(audits("PerformanceRating", id)).isEqualTo(1);
		assertThat(jdbc.sql("select recorded_by from performance_rating where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(officer);
	}

	@Test
	void aRowSavedByTheGridAfterItWasReadIsRefusedAsStaleAndKeepsTheOtherValue() throws Exception {
		mvc.perform(post("/units/" + district + "/ratings/cells").param("year", "2025")
			.param("r_p" + lan, "T")
			.param("v_p" + lan, "")
			.with(users.as(officer))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Đã lưu")));

		// somebody else's page still shows no rating for Lan (version empty)
		mvc.perform(post("/units/" + district + "/ratings/cells").param("year", "2025")
			.param("r_p" + lan, "K")
			.param("v_p" + lan, "")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác lưu")));
		assertThat(rating("person_id", lan, 2025)).isEqualTo("GOOD");
	}

	@Test
	void anotherProvincesOfficerNeitherReadsNorWritesTheGridAndAnAbsurdYearIsRefused() throws Exception {
		mvc.perform(get("/units/" + district + "/ratings").param("year", "2025").with(users.as(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/units/" + district + "/ratings/cells").param("year", "2025")
			.param("r_p" + lan, "X")
			.with(users.as(stranger))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(rating("person_id", lan, 2025)).isNull();
		mvc.perform(get("/units/" + district + "/ratings").param("year", "20250").with(users.as(officer)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Năm “20250” không hợp lệ")));
		mvc.perform(get("/units/" + district + "/ratings").param("year", "năm").with(users.as(officer)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anInitiativeIsRecognisedEditedWithItsVersionAndDeletedWithinScopeOnly() throws Exception {
		mvc.perform(post("/people/" + lan + "/initiatives").param("title", "")
			.param("influence", "PROVINCE")
			.param("year", "99999")
			.param("decisionDate", "31/02/2025")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không được để trống")))
			.andExpect(content().string(containsString("Không được lớn hơn 2100")))
			.andExpect(content().string(containsString("Ngày không hợp lệ")));
		assertThat(initiatives(lan)).isZero();

		mvc.perform(post("/people/" + lan + "/initiatives").param("title", "Sổ tay điện tử một cửa")
			.param("influence", "PROVINCE")
			.param("decidingBody", "UBND tỉnh")
			.param("decisionNumber", "12/QĐ-UBND")
			.param("decisionDate", "10/03/2025")
			.with(users.as(stranger))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(initiatives(lan)).isZero();

		mvc.perform(post("/people/" + lan + "/initiatives").param("title", "Sổ tay điện tử một cửa")
			.param("influence", "PROVINCE")
			.param("decidingBody", "UBND tỉnh")
			.param("decisionNumber", "12/QĐ-UBND")
			.param("decisionDate", "10/03/2025")
			.with(users.as(officer))
			.with(csrf())).andExpect(redirectedUrl("/people/" + lan + "#facts"));
		long id = jdbc.sql("select id from initiative where person_id = ?").param(lan).query(Long.class).single();
		assertThat(jdbc.sql("select year from initiative where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2025);
		assertThat(audits("Initiative", id)).isEqualTo(1);

		mvc.perform(post("/initiatives/" + id).param("title", "Sổ tay điện tử một cửa (bản 2)")
			.param("influence", "NATIONAL")
			.param("year", "2025")
			.param("version", "7")
			.with(users.as(officer))
			.with(csrf())).andExpect(status().isConflict());
		assertThat(jdbc.sql("select influence from initiative where id = ?").param(id).query(String.class).single())
			.isEqualTo("PROVINCE");

		mvc.perform(get("/people/" + lan).with(users.as(officer)))
			.andExpect(content().string(containsString("Sổ tay điện tử một cửa")))
			.andExpect(content().string(containsString("Công nhận theo QĐ số 12/QĐ-UBND ngày 10/03/2025")));
		mvc.perform(post("/initiatives/" + id + "/delete").param("version", "0").with(users.as(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/initiatives/" + id + "/delete").param("version", "0").with(users.as(officer)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(initiatives(lan)).isZero();
	}

	@Test
	void anOpenDisciplineBlocksProposalsAndOnceClosedShowsWhatTheCollectiveRulesStillRead() throws Exception {
		mvc.perform(post("/people/" + binh + "/discipline").param("kind", "INVESTIGATION")
			.param("penalty", "WARNING")
			.param("detail", "Vi phạm quy chế")
			.param("startedOn", "01/02/2025")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ quyết định kỷ luật mới có hình thức kỷ luật")));
		mvc.perform(post("/people/" + binh + "/discipline").param("kind", "DISCIPLINE")
			.param("penalty", "WARNING")
			.param("detail", "Vi phạm quy chế làm việc")
			.param("decisionNumber", "05/QĐ-UBND")
			.param("startedOn", "01/02/2025")
			.with(users.as(officer))
			.with(csrf())).andExpect(status().isFound());
		long id = jdbc.sql("select id from discipline_record where person_id = ?")
			.param(binh)
			.query(Long.class)
			.single();
		assertThat(audits("DisciplineRecord", id)).isEqualTo(1);
		mvc.perform(get("/people/" + binh).with(users.as(officer)))
			.andExpect(content().string(containsString("không được đề nghị khen thưởng")))
			.andExpect(content().string(containsString("cảnh cáo")));

		mvc.perform(post("/discipline/" + id + "/close").param("endedOn", "01/01/2025")
			.param("version", "0")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu")));
		mvc.perform(post("/discipline/" + id + "/close").param("endedOn", "01/02/2026")
			.param("version", "0")
			.with(users.as(stranger))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/discipline/" + id + "/close").param("endedOn", "01/02/2026")
			.param("version", "0")
			.with(users.as(officer))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(get("/people/" + binh).with(users.as(officer)))
			.andExpect(content().string(not(containsString("id=\"facts-blocked\""))))
			.andExpect(content().string(containsString("năm 2025 Huyện Thử không đủ điều kiện Tập thể lao động")));
	}

	@Test
	void aRevocationNeedsTheConfirmationAndStrikesTheAwardThroughOnThePersonPage() throws Exception {
		long award = fixture.award(lan, district, "CSTDCS", LocalDate.of(2025, 1, 20), "35/QĐ-UBND",
				"Chủ tịch UBND huyện", "Nguyễn Thị Lan");
		mvc.perform(post("/awards/" + award + "/revoke").param("decision", "80/QĐ-UBND")
			.param("date", "01/06/2025")
			.param("reason", "Kê khai thành tích không trung thực")
			.param("cash", "1.000.000.000.000.000")
			.param("version", "0")
			.with(users.as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("việc hủy bỏ không thể hoàn tác")));
		assertThat(revoked(award)).isFalse();

		mvc.perform(post("/awards/" + award + "/revoke").param("decision", "80/QĐ-UBND")
			.param("date", "01/06/2025")
			.param("reason", "Kê khai thành tích không trung thực")
			.param("cash", "3.510.000")
			.param("confirmed", "true")
			.param("version", "0")
			.with(users.as(stranger))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(revoked(award)).isFalse();

		mvc.perform(post("/awards/" + award + "/revoke").param("decision", "80/QĐ-UBND")
			.param("date", "01/06/2025")
			.param("reason", "Kê khai thành tích không trung thực")
			.param("cash", "3.510.000")
			.param("confirmed", "true")
			.param("version", "0")
			.with(users.as(officer))
			.with(csrf())).andExpect(status().isFound());
		assertThat(revoked(award)).isTrue();
		assertThat(audits("AwardRecord", award)).isEqualTo(1);
		mvc.perform(get("/people/" + lan).with(users.as(officer)))
			.andExpect(content().string(containsString("revoked-award")))
			.andExpect(content().string(containsString("Đã hủy bỏ theo QĐ số 80/QĐ-UBND ngày 01/06/2025")))
			.andExpect(content().string(containsString("3.510.000")))
			.andExpect(content().string(containsString("Không còn được tính làm điều kiện")));
	}

	private String rating(String subject, long id, int year) {
		return jdbc.sql("select rating from performance_rating where " + subject + " = ? and year = ?")
			.params(id, year)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long initiatives(long person) {
		return jdbc.sql("select count(*) from initiative where person_id = ?").param(person).query(Long.class).single();
	}

	private boolean revoked(long award) {
		return jdbc.sql("select revoked from award_record where id = ?").param(award).query(Boolean.class).single();
	}

	private long audits(String type, long id) {
		return jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?")
			.params(type, String.valueOf(id))
			.query(Long.class)
			.single();
	}

}
