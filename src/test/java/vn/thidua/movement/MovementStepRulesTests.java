package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.thidua.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The date rules of a movement's steps and the same-day withdrawal of a step recorded by
 * mistake, on the aggregate alone (issue 16: a second click recorded a mid-term review
 * dated today for a movement starting next year, and nothing could undo it).
 */
class MovementStepRulesTests {

	private static final long OFFICE = 11L;

	private static final long OTHER_OFFICE = 12L;

	/** 09:00 in Vietnam on 01/03/2026. */
	private static final Instant MORNING = Instant.parse("2026-03-01T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Test
	void aMidTermReviewIsNeverDatedBeforeThePeriodStarts() {
		Movement movement = launched(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), "2026-02-01");

		assertThat(movement.isDateable(MovementStatus.MID_TERM_REVIEWED, TODAY)).isFalse();
		assertThat(movement.earliestFor(MovementStatus.MID_TERM_REVIEWED)).isEqualTo(LocalDate.of(2027, 1, 1));
		BusinessRuleViolation refusal = assertRefused(
				() -> take(movement, MovementStatus.MID_TERM_REVIEWED, TODAY.toString(), "50/BC-UBND"),
				"movement.step.beforeStart");
		assertThat(refusal.args()).containsExactly("01/01/2027");
		assertRefused(() -> take(movement, MovementStatus.FINAL_REVIEWED, TODAY.toString(), "90/BC-UBND"),
				"movement.step.beforeStart");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
		assertThat(movement.getSteps()).hasSize(1);
	}

	@Test
	void noStepIsDatedInTheFuture() {
		Movement movement = draft(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

		assertRefused(() -> take(movement, MovementStatus.LAUNCHED, "2026-03-02", null), "movement.step.future");
		take(movement, MovementStatus.LAUNCHED, "2026-02-01", null);
		assertRefused(() -> take(movement, MovementStatus.MID_TERM_REVIEWED, "2026-06-30", "50/BC-UBND"),
				"movement.step.future");
		assertThat(movement.latestFor(MovementStatus.MID_TERM_REVIEWED, TODAY)).isEqualTo(TODAY);
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
	}

	@Test
	void aMidTermReviewIsNotDatedAfterThePeriodEndsButAFinalReviewMayBe() {
		Movement movement = launched(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), "2024-01-15");

		assertThat(movement.latestFor(MovementStatus.MID_TERM_REVIEWED, TODAY)).isEqualTo(LocalDate.of(2025, 12, 31));
		assertRefused(() -> take(movement, MovementStatus.MID_TERM_REVIEWED, "2026-01-05", "50/BC-UBND"),
				"movement.step.afterEnd");

		take(movement, MovementStatus.FINAL_REVIEWED, "2026-01-05", "90/BC-UBND");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.FINAL_REVIEWED);
	}

	@Test
	void aFinalReviewIsNotDatedBeforeTheMidTermReviewNorACloseBeforeTheFinalReview() {
		Movement movement = launched(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), "2024-01-15");
		take(movement, MovementStatus.MID_TERM_REVIEWED, "2024-12-20", "50/BC-UBND");

		assertThat(movement.earliestFor(MovementStatus.FINAL_REVIEWED)).isEqualTo(LocalDate.of(2024, 12, 20));
		assertRefused(() -> take(movement, MovementStatus.FINAL_REVIEWED, "2024-12-19", "90/BC-UBND"),
				"movement.step.beforePrevious");
		take(movement, MovementStatus.FINAL_REVIEWED, "2025-12-20", "90/BC-UBND");
		assertRefused(() -> take(movement, MovementStatus.CLOSED, "2025-12-19", null), "movement.step.beforePrevious");
		take(movement, MovementStatus.CLOSED, "2025-12-31", null);
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.CLOSED);
	}

	@Test
	void everyStepNeedsConfirmation() {
		assertThat(MovementStatus.DRAFT.nextSteps()).allMatch(MovementStatus::needsConfirmation);
		assertThat(MovementStatus.LAUNCHED.nextSteps()).allMatch(MovementStatus::needsConfirmation);
		assertThat(MovementStatus.MID_TERM_REVIEWED.nextSteps()).allMatch(MovementStatus::needsConfirmation);
		assertThat(MovementStatus.FINAL_REVIEWED.nextSteps()).allMatch(MovementStatus::needsConfirmation);
	}

	@Test
	void theOfficeWithdrawsAMidTermReviewTheSameDayAndTheParticipantsThawOut() {
		Movement movement = launched(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "2024-01-15");
		take(movement, MovementStatus.MID_TERM_REVIEWED, "2026-03-01", "50/BC-UBND");
		assertThat(movement.getStatus().allowsParticipantChanges()).isFalse();
		Instant evening = Instant.parse("2026-03-01T15:00:00Z"); // 22:00 in Vietnam

		assertThat(movement.withdrawableBy(OFFICE, evening)).isPresent();
		movement.withdrawLastStep(OFFICE, "officer.tv", evening, true);

		assertThat(movement.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
		assertThat(movement.getStatus().allowsParticipantChanges()).isTrue();
		assertThat(movement.getSteps()).hasSize(2);
		assertThat(movement.getStandingSteps()).extracting(MovementStep::getStatus)
			.containsExactly(MovementStatus.LAUNCHED);
		MovementStep withdrawn = movement.getSteps().get(1);
		assertThat(withdrawn.isStanding()).isFalse();
		assertThat(withdrawn.getWithdrawnBy()).isEqualTo("officer.tv");
		assertThat(withdrawn.getWithdrawnAt()).isEqualTo(evening);

		// the step can be recorded again, with the right date, and withdrawn steps do not
		// bound it
		take(movement, MovementStatus.MID_TERM_REVIEWED, "2025-06-30", "51/BC-UBND");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.MID_TERM_REVIEWED);
	}

	@Test
	void onlyTheOfficeThatRecordedTheStepWithdrawsIt() {
		Movement movement = launched(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "2024-01-15");
		take(movement, MovementStatus.MID_TERM_REVIEWED, "2026-03-01", "50/BC-UBND");

		assertThat(movement.withdrawableBy(OTHER_OFFICE, MORNING)).isEmpty();
		assertRefused(() -> movement.withdrawLastStep(OTHER_OFFICE, "canbo.khac", MORNING, false),
				"movement.withdraw.otherOffice");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.MID_TERM_REVIEWED);
		assertThat(movement.getStandingSteps()).hasSize(2);
	}

	@Test
	void aStepIsWithdrawnOnlyOnTheDayItWasRecordedInVietnam() {
		Movement movement = launched(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "2024-01-15");
		Instant lateEvening = Instant.parse("2026-03-01T16:30:00Z"); // 23:30 in Vietnam
		movement.advance(MovementStatus.MID_TERM_REVIEWED, record("2026-03-01", "50/BC-UBND"), "officer.tv", OFFICE,
				lateEvening, TODAY);
		Instant afterMidnight = Instant.parse("2026-03-01T17:30:00Z"); // 00:30 on 02/03
																		// in Vietnam,
																		// same UTC day

		assertThat(movement.withdrawableBy(OFFICE, afterMidnight)).isEmpty();
		BusinessRuleViolation refusal = assertRefused(
				() -> movement.withdrawLastStep(OFFICE, "officer.tv", afterMidnight, false),
				"movement.withdraw.notToday");
		assertThat(refusal.args()).containsExactly("01/03/2026");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.MID_TERM_REVIEWED);
	}

	@Test
	void aLaunchIsWithdrawnToADraftUnlessUnitsAlreadyPledgedOrReported() {
		Movement movement = launched(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "2026-03-01");

		assertRefused(() -> movement.withdrawLastStep(OFFICE, "officer.tv", MORNING, true),
				"movement.withdraw.hasProgress");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.LAUNCHED);

		movement.withdrawLastStep(OFFICE, "officer.tv", MORNING, false);
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.DRAFT);
		assertThat(movement.getStatus().allowsDefinitionChanges()).isTrue();
		assertRefused(() -> movement.withdrawLastStep(OFFICE, "officer.tv", MORNING, false),
				"movement.withdraw.nothing");
	}

	@Test
	void onlyTheLastStepIsWithdrawn() {
		Movement movement = launched(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "2026-03-01");
		take(movement, MovementStatus.MID_TERM_REVIEWED, "2026-03-01", "50/BC-UBND");

		movement.withdrawLastStep(OFFICE, "officer.tv", MORNING, true);
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
		// the launch, recorded the same day, is next in line
		assertThat(movement.withdrawableBy(OFFICE, MORNING)).map(MovementStep::getStatus)
			.contains(MovementStatus.LAUNCHED);
	}

	private static Movement draft(LocalDate start, LocalDate end) {
		Movement movement = new Movement(new MovementDraft("T-STEP", 1L, "UBND tỉnh Trà Vinh", null,
				MovementKind.CAMPAIGN, "12/KH-UBND", LocalDate.of(2024, 1, 10), start, ReportingFrequency.HALF_YEARLY,
				15, "Phong trào thử", end, 1L, null, null, null, null));
		movement.addTarget(new TargetDefinition("Kinh tế", "Tổng giá trị sản xuất", TargetKind.QUANTITATIVE, "tỷ đồng",
				Direction.HIGHER_IS_BETTER, new BigDecimal("15000"), null, BigDecimal.ONE));
		return movement;
	}

	private static Movement launched(LocalDate start, LocalDate end, String launchedOn) {
		Movement movement = draft(start, end);
		take(movement, MovementStatus.LAUNCHED, launchedOn, "12/KH-UBND");
		return movement;
	}

	private static void take(Movement movement, MovementStatus next, String takenOn, @Nullable String document) {
		movement.advance(next, record(takenOn, document), "officer.tv", OFFICE, MORNING, TODAY);
	}

	private static StepRecord record(String takenOn, @Nullable String document) {
		return new StepRecord(LocalDate.parse(takenOn), document, null, null);
	}

	private static BusinessRuleViolation assertRefused(ThrowingCallable action, String messageKey) {
		BusinessRuleViolation refusal = catchThrowableOfType(BusinessRuleViolation.class, action);
		assertThat(refusal).as("refused with %s", messageKey).isNotNull();
		assertThat(refusal.messageKey()).isEqualTo(messageKey);
		return refusal;
	}

}
