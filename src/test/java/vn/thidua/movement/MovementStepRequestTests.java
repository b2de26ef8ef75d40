package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A step request through the web: without its confirmation, forged for a step the rules
 * refuse, or from someone who does not manage the movement, it changes nothing; a step
 * recorded by mistake is withdrawn by the same office the same day only, and the
 * withdrawal is audited.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class MovementStepRequestTests {

	@Autowired
	MovementManagement management;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	CurrentUser officer;

	String today;

	@BeforeEach
	void signIn() {
		officer = users.current("officer.tv");
		today = VietnameseDateFormatter.format(LocalDate.now(clock));
	}

	@Test
	void anUnconfirmedStepRecordsNothingAndSaysWhy() throws Exception {
		long id = movement(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
		long version = version(id);

		mvc.perform(step(id, "LAUNCHED", "02/01/2025", null, version, false).with(users.as("officer.tv")))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashErrorKey", "movement.step.unconfirmed"));

		Movement unchanged = management.show(id, officer);
		assertThat(unchanged.getStatus()).isEqualTo(MovementStatus.DRAFT);
		assertThat(unchanged.getSteps()).isEmpty();
		assertThat(unchanged.getVersion()).isEqualTo(version);

		mvc.perform(step(id, "LAUNCHED", "02/01/2025", null, version, true).with(users.as("officer.tv")))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashKey", "movement.step.LAUNCHED"));
		assertThat(management.show(id, officer).getStatus()).isEqualTo(MovementStatus.LAUNCHED);
	}

	@Test
	void aMidTermReviewDatedTodayForAMovementStartingNextYearIsRefused() throws Exception {
		LocalDate nextYear = LocalDate.now(clock).plusYears(1).withDayOfYear(1);
		long id = movement(nextYear, nextYear.plusYears(2));
		launch(id, LocalDate.now(clock));

		mvc.perform(step(id, "MID_TERM_REVIEWED", today, "50/BC-UBND", version(id), true).with(users.as("officer.tv")))
			.andExpect(flash().attribute("flashErrorKey", "movement.step.beforeStart"));
		// a forged request for a step that does not follow, or a second post of the old
		// form
		mvc.perform(step(id, "CLOSED", today, null, version(id), true).with(users.as("officer.tv")))
			.andExpect(flash().attribute("flashErrorKey", "movement.step.notAllowed"));
		mvc.perform(step(id, "LAUNCHED", today, null, version(id) - 1, true).with(users.as("officer.tv")))
			.andExpect(status().isConflict());
		// someone who does not manage the movement
		mvc.perform(step(id, "FINAL_REVIEWED", today, "90/BC-UBND", version(id), true).with(users.as("reporter.tv-cn")))
			.andExpect(status().isForbidden());

		Movement unchanged = management.show(id, officer);
		assertThat(unchanged.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
		assertThat(unchanged.getSteps()).hasSize(1);
	}

	@Test
	void theSameOfficeWithdrawsAStepTheSameDayAndTheWithdrawalIsAudited() throws Exception {
		long id = movement(LocalDate.of(2025, 1, 1), LocalDate.now(clock).plusYears(1));
		launch(id, LocalDate.of(2025, 1, 2));
		mvc.perform(step(id, "MID_TERM_REVIEWED", today, "50/BC-UBND", version(id), true).with(users.as("officer.tv")))
			.andExpect(flash().attribute("flashKey", "movement.step.MID_TERM_REVIEWED"));
		assertThat(management.show(id, officer).getStatus().allowsParticipantChanges()).isFalse();

		// an administrator above may manage the movement, but did not record the step
		mvc.perform(withdraw(id).with(users.as("admin")))
			.andExpect(flash().attribute("flashErrorKey", "movement.withdraw.otherOffice"));
		assertThat(management.show(id, officer).getStatus()).isEqualTo(MovementStatus.MID_TERM_REVIEWED);

		mvc.perform(withdraw(id).with(users.as("officer.tv")))
			.andExpect(flash().attribute("flashKey", "movement.withdraw.done"));

		Movement restored = management.show(id, officer);
		assertThat(restored.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
		assertThat(restored.getStatus().allowsParticipantChanges()).isTrue();
		assertThat(restored.getSteps()).filteredOn(s -> !s.isStanding())
			.extracting(MovementStep::getStatus)
			.containsExactly(MovementStatus.MID_TERM_REVIEWED);
		assertThat(jdbc.queryForObject(
				"""
						select count(*) from audit_entry
						where entity_type = 'MovementStep' and action = 'UPDATE' and actor = 'officer.tv'
						  and changes -> 'withdrawnBy' is not null
						  and entity_id = (select id::text from movement_step where movement_id = ? and withdrawn_at is not null)
						""",
				Long.class, id))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_entry
				where entity_type = 'Movement' and entity_id = ? and changes -> 'status' ->> 'new' = 'LAUNCHED'
				  and changes -> 'status' ->> 'old' = 'MID_TERM_REVIEWED'
				""", Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void aStepRecordedOnAnEarlierDayIsNotWithdrawn() throws Exception {
		long id = movement(LocalDate.of(2025, 1, 1), LocalDate.now(clock).plusYears(1));
		launch(id, LocalDate.of(2025, 1, 2));
		mvc.perform(step(id, "MID_TERM_REVIEWED", today, "50/BC-UBND", version(id), true).with(users.as("officer.tv")))
			.andExpect(status().isFound());
		jdbc.update("update movement_step set recorded_at = recorded_at - interval '1 day' where movement_id = ?", id);

		mvc.perform(withdraw(id).with(users.as("officer.tv")))
			.andExpect(flash().attribute("flashErrorKey", "movement.withdraw.notToday"));

		Movement unchanged = management.show(id, officer);
		assertThat(unchanged.getStatus()).isEqualTo(MovementStatus.MID_TERM_REVIEWED);
		assertThat(unchanged.getSteps()).allMatch(MovementStep::isStanding);
	}

	private long movement(LocalDate start, LocalDate end) {
		long traVinh = units.findActiveByCode("TV").orElseThrow().id();
		long id = management
			.create(new MovementDraft("T-STEP-" + Long.toString(System.nanoTime(), 36), traVinh, "UBND tỉnh Trà Vinh",
					null, MovementKind.REGULAR, null, null, start, ReportingFrequency.YEARLY, 15,
					"Thi đua thử các bước", end, traVinh, null, null, null, null), officer)
			.getId();
		management
			.addTarget(
					id, version(id), new TargetDefinition("Kinh tế", "Tổng giá trị sản xuất", TargetKind.QUANTITATIVE,
							"tỷ đồng", Direction.HIGHER_IS_BETTER, new BigDecimal("100"), null, BigDecimal.ONE),
					officer);
		return id;
	}

	private void launch(long id, LocalDate on) throws Exception {
		mvc.perform(step(id, "LAUNCHED", VietnameseDateFormatter.format(on), null, version(id), true)
			.with(users.as("officer.tv"))).andExpect(flash().attribute("flashKey", "movement.step.LAUNCHED"));
	}

	private long version(long id) {
		return management.show(id, officer).getVersion();
	}

	private static MockMultipartHttpServletRequestBuilder step(long id, String step, String takenOn, String document,
			long version, boolean confirmed) {
		var request = multipart("/movements/" + id + "/steps/" + step).param("takenOn", takenOn)
			.param("version", String.valueOf(version))
			.with(csrf());
		if (document != null) {
			request.param("documentNumber", document);
		}
		if (confirmed) {
			request.param("confirmed", "true");
		}
		return request;
	}

	private MockHttpServletRequestBuilder withdraw(long id) {
		return post("/movements/" + id + "/steps/withdraw").param("version", String.valueOf(version(id))).with(csrf());
	}

}
