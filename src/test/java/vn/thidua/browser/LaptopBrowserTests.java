package vn.thidua.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header on a laptop (1280 or 1024 px wide): the brand, the search box and the user's
 * links share the first row; the whole main menu is one line under them, the rarely used
 * entries folded into groups (Công cụ, Quản trị), so the header takes two rows and leaves
 * the page its height. Narrower, on a tablet, the menu waits behind its toggle as on a
 * phone.
 */
class LaptopBrowserTests extends BrowserTest {

	@Override
	Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setViewportSize(1280, 768);
	}

	@ParameterizedTest
	@CsvSource({ "officer.tv, 1280", "admin, 1280", "officer.tv, 1024", "admin, 1024", "admin, 992" })
	void theHeaderIsTwoRowsWithTheWholeMenuOnTheSecond(String username, int width) {
		page.setViewportSize(width, 768);
		signIn(username);

		BoundingBox brand = page.locator(".navbar-brand").boundingBox();
		BoundingBox search = page.locator("#navSearch").boundingBox();
		BoundingBox user = page.locator("#userName").boundingBox();
		Locator entries = page.locator(".app-menu .nav-link");
		assertThat(entries.count()).as("the menu").isGreaterThanOrEqualTo(9);
		List<Double> tops = entries.all().stream().map(entry -> entry.boundingBox().y).distinct().toList();

		assertThat(tops).as("every menu entry on one line").hasSize(1);
		assertThat(tops.get(0)).as("the menu under the first row").isGreaterThan(search.y + search.height - 1);
		assertThat(Math.abs(center(search) - center(brand))).as("the search beside the brand").isLessThan(8);
		assertThat(Math.abs(center(user) - center(brand))).as("the user's links beside the brand").isLessThan(8);
		assertThat(entries.first().boundingBox().x).as("the menu starts under the brand")
			.isLessThan(brand.x + brand.width / 2);
		assertThat(page.locator("nav.app-navbar").boundingBox().height).isLessThan(110);
	}

	@Test
	void aGroupOpensOverThePageClosesOnEscapeOrAClickElsewhereAndMarksItsPage() {
		signIn("admin");
		Locator administration = menuGroup("Quản trị");
		Locator audit = page.locator("nav.app-navbar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhật ký hệ thống").setExact(true));
		assertThat(audit).isHidden();

		administration.click();
		assertThat(audit).isVisible();
		page.keyboard().press("Escape");
		assertThat(audit).isHidden();
		administration.click();
		page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).click();
		assertThat(audit).isHidden();
		menuGroup("Công cụ").click();
		administration.click();
		assertThat(page.locator("nav.app-navbar details[open]")).hasCount(1);

		audit.click();
		assertThat(page).hasURL(url("/audit"));
		assertThat(administration).hasClass(Pattern.compile("\\bactive\\b"));
		assertThat(menuGroup("Công cụ")).not().hasClass(Pattern.compile("\\bactive\\b"));
	}

	@Test
	void theLastGroupOpensWithinTheWindowOnANarrowLaptop() {
		page.setViewportSize(1024, 768);
		signIn("officer.tv");

		menuGroup("Công cụ").click();

		BoundingBox list = page.locator("nav.app-navbar details[open] .dropdown-menu").boundingBox();
		assertThat(list.x + list.width).as("the list's right edge").isLessThanOrEqualTo(1024);
	}

	@ParameterizedTest
	@CsvSource({ "officer.tv, 820", "admin, 820", "admin, 991" })
	void onATabletTheMenuWaitsBehindItsToggleAndTheHeaderIsOneRow(String username, int width) {
		page.setViewportSize(width, 1180);
		signIn(username);
		Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở hoặc đóng trình đơn"));
		Locator reports = page.locator("nav.app-navbar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Báo cáo").setExact(true));

		assertThat(toggle).isVisible();
		assertThat(reports).isHidden();
		assertThat(page.locator("nav.app-navbar").boundingBox().height).isLessThan(70);

		toggle.click();
		assertThat(reports).isVisible();
		reports.click();
		assertThat(page).hasURL(Pattern.compile("/reports"));
	}

	private static double center(BoundingBox box) {
		return box.y + box.height / 2;
	}

}
