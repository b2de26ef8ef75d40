package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LockWaits.Behind;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.LockWaits.secondBehindFirst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units register themselves while registration is open, only within the movement's reach;
 * a registration or report sent while a step is taken lands before it or is refused after
 * it; evidence files are checked by content and served only to those who may read the
 * report.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class MovementRegistrationTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	@Autowired
	MovementManagement management;

	@Autowired
	ProgressReporting reporting;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUnitRegistersItselfOnceWhileRegistrationIsOpen() {
		Movement movement = launch(LocalDate.now(clock).plusDays(10));
		CurrentUser reporter = users.current("reporter.tv-cn");

		assertThat(management.rights(movement, reporter).mayRegister()).isTrue();
		management.register(movement.getId(), reporter);

		assertThat(management.rights(management.show(movement.getId(), reporter), reporter).report()).isTrue();
		assertThatThrownBy(() -> management.register(movement.getId(), reporter)).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				violation -> assertThat(violation.messageKey()).isEqualTo("participant.registrationClosed"));
	}

	@Test
	void registrationIsRefusedAfterTheDeadlineAndOutsideTheMovementsReach() {
		Movement closed = launch(LocalDate.now(clock).minusDays(1));
		assertThatThrownBy(() -> management.register(closed.getId(), users.current("reporter.tv-cn")))
			.isInstanceOf(BusinessRuleViolation.class);

		Movement open = launch(LocalDate.now(clock).plusDays(10));
		CurrentUser namDinh = users.current("officer.nd");
		assertThatThrownBy(() -> management.register(open.getId(), namDinh)).isInstanceOf(RuntimeException.class);
	}

	@Test
	void aRegistrationBehindTheMidTermReviewIsRefused() throws Exception {
		Movement movement = launch(LocalDate.now(clock).plusDays(10));
		CurrentUser officer = users.current("officer.tv");
		Behind<Void> registration = secondBehindFirst(transactions, jdbc,
				() -> management.advance(movement.getId(), movement.getVersion(), MovementStatus.MID_TERM_REVIEWED,
						new StepRecord(LocalDate.now(clock), "12/BC-UBND", null, null), null, true, officer),
				() -> management.register(movement.getId(), users.current("reporter.tv-cn")));

		assertThat(registration.waited()).as("the registration waits for the review").isTrue();
		assertThatThrownBy(registration.outcome()::get).cause()
			.hasFieldOrPropertyWithValue("messageKey", "participant.registrationClosed");

		assertThat(jdbc.sql("select count(*) from movement_participant where movement_id = ? and unit_id = ?")
			.param(movement.getId())
			.param(users.current("reporter.tv-cn").unitId())
			.query(Integer.class)
			.single()).as("the unit did not join after the review").isZero();
	}

	@Test
	void aReportBehindTheFinalReviewIsRefused() throws Exception {
		Movement movement = launch(LocalDate.now(clock).plusDays(10));
		CurrentUser officer = users.current("officer.tv");
		long caungang = units.findActiveByCode("TV-CN").orElseThrow().id();
		management.addParticipants(movement.getId(), List.of("TV-CN"), false, officer);
		long target = movement.getTargets().getFirst().getId();
		long version = management.show(movement.getId(), officer).getVersion();
		Behind<ProgressReport> sent = secondBehindFirst(transactions, jdbc,
				() -> management.advance(movement.getId(), version, MovementStatus.FINAL_REVIEWED,
						new StepRecord(LocalDate.now(clock), "90/BC-UBND", null, null), null, true, officer),
				() -> reporting.submit(movement.getId(), caungang, LocalDate.now(clock).getYear(), Period.H1,
						List.of(new ProgressEntry(target, new BigDecimal("40"), null, null)), null,
						users.current("reporter.tv-cn")));

		assertThat(sent.waited()).as("the report waits for the review").isTrue();
		assertThatThrownBy(sent.outcome()::get).cause()
			.hasFieldOrPropertyWithValue("messageKey", "report.movementNotRunning");

		assertThat(jdbc.sql("select count(*) from progress_report where movement_id = ?")
			.param(movement.getId())
			.query(Integer.class)
			.single()).as("no report arrived after the final review").isZero();
	}

	@Test
	void aRegistrationSentTwiceAtOnceJoinsOnceAndTheSecondIsAConflictPage() throws Exception {
		Movement movement = launch(LocalDate.now(clock).plusDays(10));
		CurrentUser reporter = users.current("reporter.tv-cn");
		Behind<ResultActions> second = secondBehindFirst(transactions, jdbc, () -> {
			management.register(movement.getId(), reporter);
			entityManager.flush();
		}, () -> mvc
			.perform(post("/movements/{id}/register", movement.getId()).with(users.as("reporter.tv-cn")).with(csrf())));

		second.outcome()
			.get()
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Bản ghi này vừa được lưu cùng lúc")));

		assertThat(jdbc.sql("select count(*) from movement_participant where movement_id = ? and unit_id = ?")
			.param(movement.getId())
			.param(reporter.unitId())
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void evidenceIsCheckedByContentAndServedOnlyWithinScope() throws Exception {
		Movement movement = launch(LocalDate.now(clock).plusDays(10));
		CurrentUser reporter = users.current("reporter.tv-cn");
		long caungang = units.findActiveByCode("TV-CN").orElseThrow().id();
		management.addParticipants(movement.getId(), List.of("TV-CN"), false, users.current("officer.tv"));
		long target = movement.getTargets().getFirst().getId();
		ProgressReport report = reporting.submit(movement.getId(), caungang, 2026, Period.H1,
				List.of(new ProgressEntry(target, new BigDecimal("12"), null, null)), null, reporter);
		String evidence = "/movements/" + movement.getId() + "/reports/" + report.getId() + "/evidence";

		mvc.perform(
				multipart(evidence)
					.file(new MockMultipartFile("file", "anh.pdf", "application/pdf",
							new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D',
									'R' }))
					.with(users.as("reporter.tv-cn"))
					.with(csrf()))
			.andExpect(flash().attribute("flashErrorKey", "attachment.typeNotAllowed"));
		assertThat(reporting.report(report.getId(), reporter).getEvidence()).isEmpty();

		mvc.perform(multipart(evidence).file(new MockMultipartFile("file", "Biên bản họp.pdf", "application/pdf", PDF))
			.with(users.as("reporter.tv-cn"))
			.with(csrf())).andExpect(flash().attribute("flashKey", "report.evidenceAdded"));
		long file = reporting.report(report.getId(), reporter).getEvidence().iterator().next();

		mvc.perform(get(evidence + "/" + file).with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get(evidence + "/" + file).with(users.as("officer.nd"))).andExpect(status().isNotFound());
	}

	private Movement launch(LocalDate registrationDeadline) {
		CurrentUser officer = users.current("officer.tv");
		long traVinh = units.findActiveByCode("TV").orElseThrow().id();
		int year = LocalDate.now(clock).getYear();
		Movement movement = management.create(new MovementDraft("T-REG-" + Long.toString(System.nanoTime(), 36),
				traVinh, "UBND tỉnh Trà Vinh", null, MovementKind.CAMPAIGN, null, null, LocalDate.of(year, 1, 1),
				ReportingFrequency.HALF_YEARLY, 15, "Thi đua chuyển đổi số", LocalDate.of(year + 1, 12, 31), traVinh,
				null, null, null, registrationDeadline), officer);
		management.addTarget(movement.getId(), management.show(movement.getId(), officer).getVersion(),
				new TargetDefinition("Chuyển đổi số", "Hồ sơ trực tuyến toàn trình", TargetKind.QUANTITATIVE, "hồ sơ",
						Direction.HIGHER_IS_BETTER, new BigDecimal("100"), null, BigDecimal.ONE),
				officer);
		management.advance(movement.getId(), management.show(movement.getId(), officer).getVersion(),
				MovementStatus.LAUNCHED, new StepRecord(LocalDate.of(year, 1, 2), null, null, null), null, true,
				officer);
		return management.show(movement.getId(), officer);
	}

}
