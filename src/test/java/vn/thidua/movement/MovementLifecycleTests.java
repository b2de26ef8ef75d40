package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.thidua.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The life of a movement, on the aggregate alone: which steps may follow which, what each
 * step needs, and what may still change after it.
 */
class MovementLifecycleTests {

	private static final LocalDate PLAN_DATE = LocalDate.of(2024, 1, 10);

	private static final LocalDate START = LocalDate.of(2024, 1, 1);

	private static final LocalDate END = LocalDate.of(2025, 12, 31);

	@Test
	void aDraftCannotBeLaunchedWithoutATarget() {
		Movement movement = new Movement(draft("T-LIFE", START, "Phong trào thử", END));

		assertRefused(() -> advance(movement, MovementStatus.LAUNCHED, "2024-01-15", "12/KH-UBND"),
				"movement.launch.noTargets");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.DRAFT);

		movement.addTarget(production());
		advance(movement, MovementStatus.LAUNCHED, "2024-01-15", "12/KH-UBND");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
	}

	@Test
	void aDraftCannotSkipToAReview() {
		Movement movement = withTarget();

		assertRefused(() -> advance(movement, MovementStatus.FINAL_REVIEWED, "2024-12-20", "50/BC-UBND"),
				"movement.step.notAllowed");
		assertRefused(() -> advance(movement, MovementStatus.MID_TERM_REVIEWED, "2024-12-20", "50/BC-UBND"),
				"movement.step.notAllowed");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.DRAFT);
		assertThat(movement.getSteps()).isEmpty();
	}

	@Test
	void theMidTermReviewMayBeSkipped() {
		Movement movement = launched();

		advance(movement, MovementStatus.FINAL_REVIEWED, "2025-12-20", "90/BC-UBND");

		assertThat(movement.getStatus()).isEqualTo(MovementStatus.FINAL_REVIEWED);
		assertThat(movement.getSteps()).extracting(MovementStep::getStatus)
			.containsExactly(MovementStatus.LAUNCHED, MovementStatus.FINAL_REVIEWED);
	}

	@Test
	void aReviewNeedsADocumentNumber() {
		Movement movement = launched();

		assertRefused(() -> advance(movement, MovementStatus.MID_TERM_REVIEWED, "2024-12-20", null),
				"movement.step.documentRequired");
		assertRefused(() -> advance(movement, MovementStatus.FINAL_REVIEWED, "2025-12-20", "  "),
				"movement.step.documentRequired");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
	}

	@Test
	void aStepCannotBeDatedBeforeThePreviousOne() {
		Movement movement = withTarget();
		assertRefused(() -> advance(movement, MovementStatus.LAUNCHED, "2024-01-09", null),
				"movement.step.beforePrevious");

		advance(movement, MovementStatus.LAUNCHED, "2024-02-01", null);
		BusinessRuleViolation refusal = assertRefused(
				() -> advance(movement, MovementStatus.MID_TERM_REVIEWED, "2024-01-31", "50/BC-UBND"),
				"movement.step.beforePrevious");

		assertThat(refusal.args()).containsExactly("01/02/2024");
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
		assertThatCode(() -> advance(movement, MovementStatus.MID_TERM_REVIEWED, "2024-02-01", "50/BC-UBND"))
			.doesNotThrowAnyException();
	}

	@Test
	void afterLaunchTheDefinitionIsFrozenButNameAndEndDateMayChange() {
		Movement movement = launched();

		assertRefused(() -> movement.update(draft("T-OTHER", START, "Phong trào thử", END)),
				"movement.definitionFrozen");
		assertRefused(() -> movement.update(draft("T-LIFE", START.plusMonths(1), "Phong trào thử", END)),
				"movement.definitionFrozen");
		assertRefused(() -> movement.attachPlan(7), "movement.definitionFrozen");
		assertThat(movement.getCode()).isEqualTo("T-LIFE");
		assertThat(movement.getStartDate()).isEqualTo(START);

		movement.update(draft("T-LIFE", START, "Phong trào thử, gia hạn", END.plusYears(1)));

		assertThat(movement.getName()).isEqualTo("Phong trào thử, gia hạn");
		assertThat(movement.getEndDate()).isEqualTo(END.plusYears(1));
	}

	@Test
	void afterTheFinalReviewNothingChanges() {
		Movement movement = launched();
		advance(movement, MovementStatus.FINAL_REVIEWED, "2025-12-20", "90/BC-UBND");

		assertRefused(() -> movement.update(draft("T-LIFE", START, "Tên mới", END)), "movement.locked");

		advance(movement, MovementStatus.CLOSED, "2025-12-31", null);
		assertRefused(() -> movement.update(draft("T-LIFE", START, "Tên mới", END)), "movement.locked");
		assertThat(movement.getName()).isEqualTo("Phong trào thử");
	}

	@Test
	void targetsAreFrozenOnceLaunched() {
		Movement movement = launched();

		assertRefused(() -> movement.addTarget(production()), "movement.targetsFrozen");
		assertRefused(() -> movement.changeTarget(1, production()), "movement.targetsFrozen");
		assertRefused(() -> movement.removeTarget(1), "movement.targetsFrozen");
		assertThat(movement.getTargets()).hasSize(1);
	}

	@Test
	void aClosedMovementHasNoNextStep() {
		Movement movement = launched();
		advance(movement, MovementStatus.FINAL_REVIEWED, "2025-12-20", "90/BC-UBND");
		advance(movement, MovementStatus.CLOSED, "2025-12-31", null);

		assertThat(MovementStatus.CLOSED.nextSteps()).isEmpty();
		for (MovementStatus next : MovementStatus.values()) {
			assertRefused(() -> advance(movement, next, "2026-01-05", "99/BC-UBND"), "movement.step.notAllowed");
		}
		assertThat(movement.getStatus()).isEqualTo(MovementStatus.CLOSED);
	}

	@Test
	void aTargetRefusesNegativeValuesAndValuesAboveItsMaximum() {
		Target share = new Target(1,
				new TargetDefinition("Nông thôn mới", "Tỷ lệ xã đạt chuẩn", TargetKind.QUANTITATIVE, "%",
						Direction.HIGHER_IS_BETTER, new BigDecimal("25"), new BigDecimal("100"), BigDecimal.ONE));

		assertRefused(() -> share.check(new BigDecimal("-0.01")), "target.value.negative");
		BusinessRuleViolation aboveMax = assertRefused(() -> share.check(new BigDecimal("100.01")),
				"target.value.aboveMax");
		assertThat(aboveMax.args()).containsExactly(new BigDecimal("100"));
		assertThatCode(() -> share.check(new BigDecimal("100"))).doesNotThrowAnyException();
		assertThatCode(() -> share.check(BigDecimal.ZERO)).doesNotThrowAnyException();
		assertThatCode(() -> new Target(1, production()).check(new BigDecimal("1000000"))).doesNotThrowAnyException();
	}

	private static Movement withTarget() {
		Movement movement = new Movement(draft("T-LIFE", START, "Phong trào thử", END));
		movement.addTarget(production());
		return movement;
	}

	private static Movement launched() {
		Movement movement = withTarget();
		advance(movement, MovementStatus.LAUNCHED, "2024-01-15", "12/KH-UBND");
		return movement;
	}

	private static void advance(Movement movement, MovementStatus next, String takenOn,
			@Nullable String documentNumber) {
		movement.advance(next, new StepRecord(LocalDate.parse(takenOn), documentNumber, null, null), "officer.tv", 1L,
				Instant.parse("2026-01-15T02:00:00Z"), LocalDate.of(2026, 1, 15));
	}

	private static BusinessRuleViolation assertRefused(ThrowingCallable action, String messageKey) {
		BusinessRuleViolation refusal = catchThrowableOfType(BusinessRuleViolation.class, action);
		assertThat(refusal).as("refused with %s", messageKey).isNotNull();
		assertThat(refusal.messageKey()).isEqualTo(messageKey);
		return refusal;
	}

	private static TargetDefinition production() {
		return new TargetDefinition("Kinh tế", "Tổng giá trị sản xuất", TargetKind.QUANTITATIVE, "tỷ đồng",
				Direction.HIGHER_IS_BETTER, new BigDecimal("15000"), null, BigDecimal.ONE);
	}

	private static MovementDraft draft(String code, LocalDate start, String name, LocalDate end) {
		return new MovementDraft(code, 1L, "UBND tỉnh Trà Vinh", null, MovementKind.CAMPAIGN, "12/KH-UBND", PLAN_DATE,
				start, ReportingFrequency.HALF_YEARLY, 15, name, end, 1L, null, null, null, null);
	}

}
