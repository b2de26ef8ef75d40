package vn.thidua.browser;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.dashboard.ReminderJob;
import vn.thidua.movement.DuePeriod;
import vn.thidua.movement.Period;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.support.DueFixture;
import vn.thidua.support.DueFixture.Place;
import vn.thidua.support.DueFixture.Running;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An officer's home page shows their unit's overdue progress report; clicking it opens
 * the report form. After the daily job the bell counts the reminders, and a reminder
 * opens its item and is then read.
 */
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class DashboardBrowserTests extends BrowserTest {

	private static final Map<Period, String> QUARTERS = Map.of(Period.Q1, "Quý I", Period.Q2, "Quý II", Period.Q3,
			"Quý III", Period.Q4, "Quý IV");

	@Autowired
	DueFixture due;

	@Autowired
	ReminderJob job;

	@Test
	void anOfficerOpensTheOverdueReportFromTheHomePageAndFromTheBell() {
		Place place = due.commune("Xã Bình Dân Học Vụ", null);
		String name = "Bình dân học vụ số " + System.nanoTime();
		Running movement = due.quarterly(name, List.of(place.code()), null);
		LocalDate today = due.today();
		DuePeriod oldest = due.pastDue(movement)
			.stream()
			.filter(period -> !period.dueOn().isBefore(today.minusYears(1)))
			.findFirst()
			.orElseThrow();
		String period = QUARTERS.get(oldest.period()) + " năm " + oldest.year();

		signIn(place.username());

		Locator overdue = page.locator("#due-overdue");
		assertThat(overdue.getByRole(AriaRole.HEADING)).hasText("Quá hạn");
		Locator first = overdue.locator(".due-line").first();
		assertThat(first).containsText("Báo cáo tiến độ");
		assertThat(first).containsText(name);
		assertThat(first).containsText(period);
		assertThat(first).containsText(place.name());
		assertThat(first).containsText(VietnameseDateFormatter.format(oldest.dueOn()) + " · quá hạn "
				+ ChronoUnit.DAYS.between(oldest.dueOn(), today) + " ngày");
		assertThat(page.locator("#due-returned")).containsText("Không có gì bị trả lại.");

		first.click();

		assertThat(page).hasURL(url("/movements/" + movement.id() + "/units/" + place.unitId() + "/reports/"
				+ oldest.year() + "/" + oldest.period()));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first())
			.containsText(period);

		job.run();
		page.navigate(url("/"));
		Locator bell = page.locator("#bell");
		assertThat(bell.locator("#unread")).hasText(Pattern.compile("[1-9]\\d*"));
		int unread = Integer.parseInt(bell.locator("#unread").textContent().strip());

		bell.click();

		assertThat(page).hasURL(url("/reminders"));
		Locator reminders = page.locator("#reminders .reminder");
		assertThat(reminders).hasCount(unread);
		assertThat(reminders.first()).containsText("Mới");
		assertThat(reminders.first()).containsText(Pattern.compile("Đã quá hạn|Còn một tuần|Sắp đến hạn"));
		reminders.first().locator(".reminder-open").click();

		assertThat(page).hasURL(Pattern
			.compile(".*/movements/" + movement.id() + "/units/" + place.unitId() + "/reports/\\d{4}/Q[1-4]$"));
		assertThat(page.locator("#bell #unread")).hasText(String.valueOf(unread - 1));

		page.locator("#bell").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu tất cả đã đọc")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã đánh dấu " + (unread - 1) + " nhắc việc là đã đọc.");
		assertThat(page.locator("#bell #unread")).hasCount(0);
		assertThat(page.locator("#reminders .reminder-unread")).hasCount(0);
	}

}
