package vn.thidua.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header on an officer's laptop (1366 × 768): the brand, the search box and the
 * user's links share the first row; the whole main menu is one line under them, so the
 * header takes two rows and leaves the page its height.
 */
class LaptopBrowserTests extends BrowserTest {

	@Override
	Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setViewportSize(1366, 768);
	}

	@Test
	void theHeaderIsTwoRowsWithTheWholeMenuOnTheSecond() {
		signIn("officer.tv");

		BoundingBox brand = page.locator(".navbar-brand").boundingBox();
		BoundingBox search = page.locator("#navSearch").boundingBox();
		BoundingBox user = page.locator("#userName").boundingBox();
		Locator entries = page.locator(".app-menu .nav-link");
		assertThat(entries.count()).as("an officer's menu").isGreaterThanOrEqualTo(10);
		List<Double> tops = entries.all().stream().map(entry -> entry.boundingBox().y).distinct().toList();

		assertThat(tops).as("every menu entry on one line").hasSize(1);
		assertThat(tops.get(0)).as("the menu under the first row").isGreaterThan(search.y + search.height - 1);
		assertThat(Math.abs(center(search) - center(brand))).as("the search beside the brand").isLessThan(8);
		assertThat(Math.abs(center(user) - center(brand))).as("the user's links beside the brand").isLessThan(8);
		assertThat(entries.first().boundingBox().x).as("the menu starts under the brand")
			.isLessThan(brand.x + brand.width / 2);
		assertThat(page.locator("nav.app-navbar").boundingBox().height).isLessThan(110);
	}

	private static double center(BoundingBox box) {
		return box.y + box.height / 2;
	}

}
