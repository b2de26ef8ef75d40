package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The progress report and pledge forms bind their lines by index and take all of them or
 * none: a note over its limit or a number no value keeps comes back as an error next to
 * its field, and what was stored stays as it was. The test launches a movement of its
 * own.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ReportFormTests {

	private static final String REPORTER = "reporter.tv-cn";

	private static final String LEAD = "officer.tv";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	MovementManagement management;

	@Autowired
	ProgressReporting reporting;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long movementId;

	long production;

	long culture;

	long poverty;

	long caungang;

	@BeforeEach
	void launchAMovementWithAQuantitativeAndAQualitativeTarget() {
		CurrentUser lead = users.current(LEAD);
		long traVinh = units.findActiveByCode("TV").orElseThrow().id();
		caungang = units.findActiveByCode("TV-CN").orElseThrow().id();
		Movement movement = management.create(
				new MovementDraft("T-FORM-" + Long.toString(System.nanoTime(), 36), traVinh, "UBND tỉnh Trà Vinh", null,
						MovementKind.CAMPAIGN, "08/KH-UBND", LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 1),
						ReportingFrequency.HALF_YEARLY, 15, "Thi đua sản xuất và văn hóa",
						LocalDate.of(LocalDate.now(clock).getYear() + 1, 12, 31), traVinh, null, null, null, null),
				lead);
		movementId = movement.getId();
		production = management
			.addTarget(movementId, version(),
					new TargetDefinition("Kinh tế", "Tổng giá trị sản xuất", TargetKind.QUANTITATIVE, "tỷ đồng",
							Direction.HIGHER_IS_BETTER, new BigDecimal("1000"), null, BigDecimal.ONE),
					lead)
			.getId();
		culture = management
			.addTarget(movementId, version(),
					new TargetDefinition("Văn hóa", "Xây dựng đời sống văn hóa", TargetKind.QUALITATIVE, null,
							Direction.HIGHER_IS_BETTER, null, null, BigDecimal.ONE),
					lead)
			.getId();
		poverty = management
			.addTarget(movementId, version(),
					new TargetDefinition("Xã hội", "Tỷ lệ hộ nghèo", TargetKind.QUANTITATIVE, "%",
							Direction.LOWER_IS_BETTER, new BigDecimal("5"), new BigDecimal("100"), BigDecimal.ONE),
					lead)
			.getId();
		management.addParticipants(movementId, List.of("TV-CN"), false, lead);
		management.advance(movementId, version(), MovementStatus.LAUNCHED,
				new StepRecord(LocalDate.of(2024, 1, 2), "08/KH-UBND", null, null), null, true, lead);
	}

	@Test
	void aNoteOverItsLimitIsAnErrorOnItsFieldAndNothingIsStored() throws Exception {
		submit("450", "Ghi chú", "x".repeat(1001), null).andExpect(status().isOk())
			.andExpect(content().string(containsString("Độ dài tối đa 1.000 ký tự.")))
			.andExpect(content().string(containsString("id=\"lines1.note-error\"")))
			.andExpect(content().string(containsString("Có 1 giá trị cần sửa; báo cáo chưa được gửi.")));

		assertThat(reports()).isZero();
	}

	@Test
	void aNoteAtItsLimitIsStoredWhole() throws Exception {
		submit("450", null, "y".repeat(1000), null).andExpect(status().isFound());

		assertThat(
				jdbc.queryForObject("select v.note from progress_value v join progress_report r on r.id = v.report_id"
						+ " where r.movement_id = ? and v.target_id = ?", String.class, movementId, culture))
			.hasSize(1000);
	}

	@Test
	void aNumberNoValueKeepsIsAnErrorOnItsFieldAndNothingIsStored() throws Exception {
		submit("99.999.999.999.999.999.999", null, null, null).andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Số quá lớn hoặc có quá nhiều chữ số thập phân: tối đa 16 chữ số phần nguyên và 4 chữ số thập phân.")))
			.andExpect(content().string(containsString("id=\"lines0.actual-error\"")));
		submit("1,23456", null, null, null).andExpect(status().isOk())
			.andExpect(content().string(containsString("tối đa 16 chữ số phần nguyên và 4 chữ số thập phân.")));

		assertThat(reports()).isZero();
	}

	@Test
	void oneBadLineAmongGoodOnesChangesNothing() throws Exception {
		submit("400", "Ghi chú đầu", null, null).andExpect(status().isFound());
		long version = jdbc.queryForObject("select version from progress_report where movement_id = ?", Long.class,
				movementId);

		submit("500", "Ghi chú mới", "z".repeat(1001), version).andExpect(status().isOk())
			.andExpect(content().string(containsString("Độ dài tối đa 1.000 ký tự.")))
			.andExpect(content().string(containsString("value=\"500\"")));

		assertThat(
				jdbc.queryForMap(
						"select v.actual_value, v.note, r.version from progress_value v join progress_report r"
								+ " on r.id = v.report_id where r.movement_id = ? and v.target_id = ?",
						movementId, production))
			.containsEntry("note", "Ghi chú đầu")
			.containsEntry("version", version)
			.satisfies(row -> assertThat((BigDecimal) row.get("actual_value")).isEqualByComparingTo("400"));
	}

	@Test
	void aPledgeNoValueKeepsIsAnErrorOnItsFieldAndOneBadPledgeChangesNothing() throws Exception {
		pledge("99.999.999.999.999.999", "4").andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"lines0.plan-error\">Số quá lớn hoặc có quá nhiều chữ số thập phân: tối đa 16 chữ số")));
		assertThat(pledges()).isZero();

		pledge("1.200", "120").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lines1.plan-error\">Giá trị không được lớn hơn 100.")))
			.andExpect(content().string(containsString("value=\"1.200\"")));
		assertThat(pledges()).isZero();

		pledge("1.200", "4").andExpect(status().isFound());
		assertThat(pledges()).isEqualTo(2);
	}

	@Test
	void linesThatDoNotMatchTheTargetsAreABadRequest() throws Exception {
		mvc.perform(post("/movements/{id}/units/{unit}/reports/2024/H1", movementId, caungang)
			.param("lines[0].targetId", String.valueOf(culture))
			.param("lines[0].achieved", "true")
			.param("lines[1].targetId", String.valueOf(production))
			.param("lines[1].actual", "1")
			.with(users.as(REPORTER))
			.with(csrf())).andExpect(status().isBadRequest());

		assertThat(reports()).isZero();
	}

	private ResultActions submit(String actual, String productionNote, String cultureNote, Long version)
			throws Exception {
		var request = post("/movements/{id}/units/{unit}/reports/2024/H1", movementId, caungang)
			.param("lines[0].targetId", String.valueOf(production))
			.param("lines[0].actual", actual)
			.param("lines[1].targetId", String.valueOf(culture))
			.param("lines[1].achieved", "true")
			.param("lines[2].targetId", String.valueOf(poverty))
			.param("lines[2].actual", "3")
			.param("version", version == null ? "" : String.valueOf(version))
			.with(users.as(REPORTER))
			.with(csrf());
		if (productionNote != null) {
			request.param("lines[0].note", productionNote);
		}
		if (cultureNote != null) {
			request.param("lines[1].note", cultureNote);
		}
		return mvc.perform(request);
	}

	private ResultActions pledge(String productionPlan, String povertyPlan) throws Exception {
		return mvc.perform(post("/movements/{id}/units/{unit}/pledges", movementId, caungang).param("year", "2024")
			.param("lines[0].targetId", String.valueOf(production))
			.param("lines[0].plan", productionPlan)
			.param("lines[0].version", "")
			.param("lines[1].targetId", String.valueOf(poverty))
			.param("lines[1].plan", povertyPlan)
			.param("lines[1].version", "")
			.with(users.as(REPORTER))
			.with(csrf()));
	}

	private long pledges() {
		return jdbc.queryForObject("select count(*) from pledge where movement_id = ?", Long.class, movementId);
	}

	private long reports() {
		return jdbc.queryForObject("select count(*) from progress_report where movement_id = ?", Long.class,
				movementId);
	}

	private long version() {
		return management.show(movementId, users.current(LEAD)).getVersion();
	}

}
