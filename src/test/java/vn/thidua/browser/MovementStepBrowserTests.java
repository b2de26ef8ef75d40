package vn.thidua.browser;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;

import vn.thidua.movement.Direction;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.ReportingFrequency;
import vn.thidua.movement.StepRecord;
import vn.thidua.movement.TargetDefinition;
import vn.thidua.movement.TargetKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.support.WorldUsers;
import vn.thidua.unit.UnitCatalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of a movement in Chromium (issue 16): each step is its own form with its own
 * date, asks for confirmation, is refused before the period starts, and a step recorded
 * by mistake is withdrawn the same day, the movement back where it was.
 */
class MovementStepBrowserTests extends BrowserTest {

	@Autowired
	MovementManagement management;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	Clock clock;

	CurrentUser officer;

	@BeforeEach
	void actAsTheOffice() {
		var principal = users.principal("officer.tv");
		TestSecurityContextHolder.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		officer = users.current("officer.tv");
	}

	@AfterEach
	void forget() {
		TestSecurityContextHolder.clearContext();
	}

	@Test
	void aMovementStartingNextYearIsLaunchedWithConfirmationOffersNoMidTermReviewAndTheLaunchIsWithdrawn() {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = today.plusYears(1).withDayOfYear(1);
		long id = movement(start, start.plusYears(2));

		signIn("officer.tv");
		page.navigate(url("/movements/" + id));
		assertThat(page.locator("main .badge").first()).hasText("Dự thảo");
		Locator launch = page.locator("#step-LAUNCHED");
		launch.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true))
			.fill(VietnameseDateFormatter.format(today));
		launch.locator("input[name=confirmed]").check();
		AtomicReference<String> asked = new AtomicReference<>();
		page.onceDialog(dialog -> {
			asked.set(dialog.message());
			dialog.accept();
		});
		launch.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Phát động")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã phát động phong trào");
		assertThat(asked.get()).startsWith("Phát động phong trào «");
		assertThat(page.locator("main .badge").first()).hasText("Đã phát động");
		// the mid-term review is its own form, and it cannot be dated before the period
		// starts
		Locator midTerm = page.locator("#step-MID_TERM_REVIEWED");
		assertThat(midTerm)
			.containsText("Chưa thể thực hiện: ngày sớm nhất là " + VietnameseDateFormatter.format(start));
		assertThat(midTerm.locator("button")).hasCount(0);
		assertThat(page.locator("#step-FINAL_REVIEWED button")).hasCount(0);

		page.onceDialog(dialog -> dialog.accept());
		page.locator("#withdraw-step button").click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã rút lại bước vừa ghi nhận");
		assertThat(page.locator("main .badge").first()).hasText("Dự thảo");
		assertThat(page.locator("#steps li[data-step=LAUNCHED]")).containsText("Đã rút lại");
		assertThat(page.locator("#step-LAUNCHED")).isVisible();
		assertThat(management.show(id, officer).getStatus()).isEqualTo(MovementStatus.DRAFT);
	}

	@Test
	void aMidTermReviewCancelledAtTheDialogRecordsNothingThenRecordedAndWithdrawnTheSameDay() {
		LocalDate today = LocalDate.now(clock);
		long id = movement(LocalDate.of(today.getYear() - 1, 1, 1), today.plusYears(1));
		management.advance(id, management.show(id, officer).getVersion(), MovementStatus.LAUNCHED,
				new StepRecord(LocalDate.of(today.getYear() - 1, 1, 2), null, null, null), null, true, officer);

		signIn("officer.tv");
		page.navigate(url("/movements/" + id));
		Locator midTerm = page.locator("#step-MID_TERM_REVIEWED");
		midTerm.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true))
			.fill(VietnameseDateFormatter.format(today));
		midTerm.getByLabel("Số văn bản").fill("50/BC-UBND");
		midTerm.locator("input[name=confirmed]").check();
		page.onceDialog(dialog -> dialog.dismiss());
		midTerm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ghi nhận sơ kết")).click();

		assertThat(page.locator("main .badge").first()).hasText("Đã phát động");
		assertThat(management.show(id, officer).getStatus()).as("cancelled at the dialog")
			.isEqualTo(MovementStatus.LAUNCHED);

		page.onceDialog(dialog -> dialog.accept());
		midTerm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ghi nhận sơ kết")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận sơ kết phong trào");
		assertThat(page.locator("main .badge").first()).hasText("Đã sơ kết");
		assertThat(page.locator("#steps"))
			.containsText(VietnameseDateFormatter.format(today) + " — Đã sơ kết (50/BC-UBND)");

		page.onceDialog(dialog -> dialog.accept());
		page.locator("#withdraw-step button").click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã rút lại bước vừa ghi nhận");
		assertThat(page.locator("main .badge").first()).hasText("Đã phát động");
		assertThat(page.locator("#steps li[data-step=MID_TERM_REVIEWED]")).containsText("Đã rút lại");
		assertThat(page.locator("#step-MID_TERM_REVIEWED button")).isVisible();
		assertThat(management.show(id, officer).getStatus().allowsParticipantChanges()).isTrue();
	}

	private long movement(LocalDate start, LocalDate end) {
		long traVinh = units.findActiveByCode("TV").orElseThrow().id();
		long id = management
			.create(new MovementDraft("T-BSTEP-" + Long.toString(System.nanoTime(), 36), traVinh, "UBND tỉnh Trà Vinh",
					null, MovementKind.REGULAR, null, null, start, ReportingFrequency.YEARLY, 15,
					"Thi đua các bước " + System.nanoTime(), end, traVinh, null, null, null, null), officer)
			.getId();
		management.addTarget(id, management.show(id, officer).getVersion(),
				new TargetDefinition("Kinh tế", "Tổng giá trị sản xuất", TargetKind.QUANTITATIVE, "tỷ đồng",
						Direction.HIGHER_IS_BETTER, new BigDecimal("100"), null, BigDecimal.ONE),
				officer);
		return id;
	}

}
