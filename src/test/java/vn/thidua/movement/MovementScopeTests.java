package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit reports for itself only: a reporter of Cầu Ngang reaches neither the report nor
 * the pledges of Duyên Hải, by the service or by any web route, and only the movement's
 * lead reviews. Each test launches a movement of its own, so the test world stays as it
 * is.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class MovementScopeTests {

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

	long caungang;

	long duyenhai;

	@BeforeEach
	void launchAMovementOfTraVinhForCauNgangAndDuyenHai() {
		CurrentUser lead = users.current(LEAD);
		long traVinh = unitId("TV");
		caungang = unitId("TV-CN");
		duyenhai = unitId("TV-DH");
		int nextYear = LocalDate.now(clock).getYear() + 1;
		Movement movement = management.create(new MovementDraft("T-SCOPE-" + Long.toString(System.nanoTime(), 36),
				traVinh, "UBND tỉnh Trà Vinh", null, MovementKind.CAMPAIGN, "07/KH-UBND", LocalDate.of(2023, 12, 15),
				LocalDate.of(2024, 1, 1), ReportingFrequency.HALF_YEARLY, 15, "Thi đua phát triển sản xuất, văn hóa",
				LocalDate.of(nextYear, 12, 31), traVinh, null, null, null, null), lead);
		movementId = movement.getId();
		production = management
			.addTarget(movementId, version(),
					new TargetDefinition("Kinh tế", "Tổng giá trị sản xuất", TargetKind.QUANTITATIVE, "tỷ đồng",
							Direction.HIGHER_IS_BETTER, new BigDecimal("1000"), null, BigDecimal.ONE),
					lead)
			.getId();
		culture = management
			.addTarget(movementId, version(),
					new TargetDefinition("Văn hóa", "Xây dựng đời sống văn hóa ở khu dân cư", TargetKind.QUALITATIVE,
							null, Direction.HIGHER_IS_BETTER, null, null, BigDecimal.ONE),
					lead)
			.getId();
		management.addParticipants(movementId, List.of("TV-CN", "TV-DH"), false, lead);
		management.advance(movementId, version(), MovementStatus.LAUNCHED,
				new StepRecord(LocalDate.of(2024, 1, 2), "07/KH-UBND", null, null), null, true, lead);
	}

	@Test
	void aReporterSubmitsTheReportOfItsOwnUnit() throws Exception {
		submitOnTheWeb(caungang, "450,5", null).andExpect(status().isFound())
			.andExpect(redirectedUrl("/movements/" + movementId + "/units/" + caungang + "/reports?year=2024"));

		assertThat(
				jdbc.queryForMap("select status, submitted_by from progress_report where movement_id = ?", movementId))
			.containsEntry("status", "SUBMITTED")
			.containsEntry("submitted_by", REPORTER);
		assertThat(actualOf(caungang)).isEqualByComparingTo("450.5");
	}

	@Test
	void aReporterOpensTheSubmittedReportOfItsOwnUnitWithItsValues() throws Exception {
		submitFor(caungang, "450,5");

		mvc.perform(get("/movements/{id}/units/{unit}/reports/2024/H1", movementId, caungang).with(users.as(REPORTER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"450,5\"")));
	}

	@Test
	void theLeadOpensASubmittedReportToReviewIt() throws Exception {
		ProgressReport report = submitFor(caungang, "450,5");

		mvc.perform(get("/movements/{id}/units/{unit}/reports/2024/H1", movementId, caungang).with(users.as(LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reports/" + report.getId() + "/accept")));
	}

	@Test
	void aReporterCannotReportOrPledgeForAnotherUnitThroughTheService() {
		CurrentUser reporter = users.current(REPORTER);

		assertThatThrownBy(
				() -> reporting.submit(movementId, duyenhai, 2024, Period.H1, entries("300", true), null, reporter))
			.isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
		assertThatThrownBy(() -> reporting.savePledges(movementId, duyenhai, 2024,
				Map.of(production, new BigDecimal("900")), new HashMap<>(), reporter))
			.isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);

		assertThat(stored("progress_report", duyenhai)).isZero();
		assertThat(stored("pledge", duyenhai)).isZero();
	}

	@Test
	void aReporterCannotReportOrPledgeForAnotherUnitOnTheWeb() throws Exception {
		ProgressReport theirs = submitFor(duyenhai, "300");

		submitOnTheWeb(duyenhai, "999", theirs.getVersion()).andExpect(status().isNotFound());
		mvc.perform(post("/movements/{id}/units/{unit}/pledges", movementId, duyenhai).param("year", "2024")
			.param("lines[0].targetId", String.valueOf(production))
			.param("lines[0].plan", "5")
			.with(users.as(REPORTER))
			.with(csrf())).andExpect(status().isNotFound());

		assertThat(actualOf(duyenhai)).isEqualByComparingTo("300");
		assertThat(jdbc.queryForObject("select submitted_by from progress_report where id = ?", String.class,
				theirs.getId()))
			.isEqualTo("test.tv-dh");
		assertThat(stored("pledge", duyenhai)).isZero();
	}

	@Test
	void aReporterCannotReadAnotherUnitsReportByAnyRoute() throws Exception {
		ProgressReport theirs = submitFor(duyenhai, "300");
		CurrentUser reporter = users.current(REPORTER);

		for (String page : List.of("/units/{unit}/reports/2024/H1", "/units/{unit}/pledges?year=2024",
				"/units/{unit}/reports?year=2024")) {
			mvc.perform(get("/movements/{id}" + page, movementId, duyenhai).with(users.as(REPORTER)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(post("/movements/{id}/reports/{report}/return", movementId, theirs.getId())
			.param("version", String.valueOf(theirs.getVersion()))
			.param("comment", "Số liệu chưa khớp")
			.with(users.as(REPORTER))
			.with(csrf())).andExpect(status().isNotFound());
		assertThatThrownBy(() -> reporting.report(theirs.getId(), reporter)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reporting.findReport(movementId, duyenhai, 2024, Period.H1, reporter))
			.isInstanceOf(NotFoundException.class);

		mvc.perform(get("/movements/{id}/units/{unit}/reports/2024/H1", movementId, caungang).with(users.as(REPORTER)))
			.andExpect(status().isOk());
		assertThat(reporting.report(theirs.getId(), users.reporterOf("TV-DH")).getId()).isEqualTo(theirs.getId());
		assertThat(jdbc.queryForObject("select status from progress_report where id = ?", String.class, theirs.getId()))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void aReporterCannotAcceptAReport() throws Exception {
		ProgressReport own = submitFor(caungang, "450,5");
		ProgressReport theirs = submitFor(duyenhai, "300");

		for (ProgressReport report : List.of(own, theirs)) {
			mvc.perform(post("/movements/{id}/reports/{report}/accept", movementId, report.getId())
				.param("version", String.valueOf(report.getVersion()))
				.with(users.as(REPORTER))
				.with(csrf())).andExpect(status().isForbidden());
		}

		assertThat(
				jdbc.queryForList("select status from progress_report where movement_id = ?", String.class, movementId))
			.containsOnly("SUBMITTED")
			.hasSize(2);
	}

	@Test
	void theLeadAcceptsAReportAndItsAttainmentIsStored() throws Exception {
		ProgressReport report = submitFor(caungang, "450,5");

		mvc.perform(post("/movements/{id}/reports/{report}/accept", movementId, report.getId())
			.param("version", String.valueOf(report.getVersion()))
			.with(users.as(LEAD))
			.with(csrf())).andExpect(status().isFound());

		assertThat(jdbc.queryForObject("select status from progress_report where id = ?", String.class, report.getId()))
			.isEqualTo("ACCEPTED");
		assertThat(valueOf(caungang, production, "plan_value")).isEqualByComparingTo("1000");
		assertThat(valueOf(caungang, production, "attainment")).isEqualByComparingTo("45.05");
		assertThat(valueOf(caungang, culture, "attainment")).isEqualByComparingTo("100");
	}

	@Test
	void anOfficerOfAnotherProvinceDoesNotSeeTheMovement() throws Exception {
		mvc.perform(get("/movements/{id}", movementId).with(users.as("officer.nd"))).andExpect(status().isNotFound());
		mvc.perform(
				get("/movements/{id}/units/{unit}/reports/2024/H1", movementId, caungang).with(users.as("officer.nd")))
			.andExpect(status().isNotFound());

		mvc.perform(get("/movements/{id}", movementId).with(users.as(LEAD))).andExpect(status().isOk());
	}

	@Test
	void aValueThatIsNotANumberShowsTheFormAgainAndStoresNothing() throws Exception {
		submitOnTheWeb(caungang, "12abc", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("Số không hợp lệ")))
			.andExpect(content().string(containsString("value=\"12abc\"")));

		assertThat(stored("progress_report", caungang)).isZero();
	}

	@Test
	void aNegativeValueShowsTheFormAgainAndStoresNothing() throws Exception {
		submitOnTheWeb(caungang, "-5", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("Giá trị không được âm.")));

		assertThat(stored("progress_report", caungang)).isZero();
	}

	@Test
	void aResubmissionBasedOnAStaleVersionIsRefused() throws Exception {
		ProgressReport report = submitFor(caungang, "400");

		submitOnTheWeb(caungang, "500", report.getVersion()).andExpect(status().isFound());
		submitOnTheWeb(caungang, "600", report.getVersion()).andExpect(status().isConflict());

		assertThat(actualOf(caungang)).isEqualByComparingTo("500");
	}

	@Test
	void aPeriodThatHasNotStartedCannotBeReported() throws Exception {
		int nextYear = LocalDate.now(clock).getYear() + 1;
		CurrentUser reporter = users.current(REPORTER);

		assertThatThrownBy(
				() -> reporting.submit(movementId, caungang, nextYear, Period.H1, entries("1", true), null, reporter))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("report.period.notOpen"));
		mvc.perform(post("/movements/{id}/units/{unit}/reports/{year}/H1", movementId, caungang, nextYear)
			.param("lines[0].targetId", String.valueOf(production))
			.param("lines[0].actual", "1")
			.param("lines[1].targetId", String.valueOf(culture))
			.param("lines[1].achieved", "true")
			.with(users.as(REPORTER))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kỳ báo cáo này chưa bắt đầu")));

		assertThat(stored("progress_report", caungang)).isZero();
	}

	private ResultActions submitOnTheWeb(long unitId, String actual, @Nullable Long version) throws Exception {
		return mvc.perform(post("/movements/{id}/units/{unit}/reports/2024/H1", movementId, unitId)
			.param("lines[0].targetId", String.valueOf(production))
			.param("lines[0].actual", actual)
			.param("lines[1].targetId", String.valueOf(culture))
			.param("lines[1].achieved", "true")
			.param("version", version == null ? "" : String.valueOf(version))
			.with(users.as(REPORTER))
			.with(csrf()));
	}

	/** Submits the H1 2024 report of a unit as one of its own reporters. */
	private ProgressReport submitFor(long unitId, String actual) {
		CurrentUser reporter = unitId == caungang ? users.current(REPORTER)
				: users.reporterOf(units.get(unitId).code());
		return reporting.submit(movementId, unitId, 2024, Period.H1, entries(actual, true), null, reporter);
	}

	private List<ProgressEntry> entries(String actual, boolean achieved) {
		return List.of(new ProgressEntry(production, new BigDecimal(actual.replace(',', '.')), null, null),
				new ProgressEntry(culture, null, achieved, null));
	}

	private long stored(String table, long unitId) {
		return jdbc.queryForObject("select count(*) from " + table + " where movement_id = ? and unit_id = ?",
				Long.class, movementId, unitId);
	}

	private BigDecimal actualOf(long unitId) {
		return valueOf(unitId, production, "actual_value");
	}

	private BigDecimal valueOf(long unitId, long targetId, String column) {
		return jdbc.queryForObject(
				"select v." + column + " from progress_value v" + " join progress_report r on r.id = v.report_id"
						+ " where r.movement_id = ? and r.unit_id = ? and v.target_id = ?",
				BigDecimal.class, movementId, unitId, targetId);
	}

	private long version() {
		return management.show(movementId, users.current(LEAD)).getVersion();
	}

	private long unitId(String code) {
		return units.findActiveByCode(code).orElseThrow().id();
	}

}
