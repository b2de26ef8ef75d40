package vn.thidua.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The award registry in Chromium: a look-up without diacritics, a person's history, and
 * an eligibility check that explains which year is missing.
 */
class RegistryBrowserTests extends BrowserTest {

	@Test
	void anOfficerFindsAPersonAndSeesWhyTheyAreNotYetEligible() {
		signIn("officer.tv");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sổ khen thưởng")).click();
		page.getByLabel("Tên hoặc số quyết định").fill("sa ruone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();

		assertThat(page.locator("#awards tbody tr")).hasCount(3);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thạch Thị Sa Rươne")).first().click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Thạch Thị Sa Rươne");
		assertThat(page.locator("#history")).containsText("2022 — Chiến sĩ thi đua cơ sở");
		assertThat(page.locator("main")).containsText("sinh ngày 14/03/1986");

		page.getByLabel("Danh hiệu, hình thức").selectOption(new SelectOption().setLabel("Bằng khen cấp tỉnh"));
		page.getByLabel("Năm").fill("2023");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra")).click();

		assertThat(page.locator("#eligibility .alert"))
			.hasText("Chưa đủ điều kiện theo quy định đang có hiệu lực hôm nay.");
		assertThat(page.locator("[data-rule=BK_TINH_LADDER]"))
			.containsText("Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở: có 2022, thiếu 2023.");
		assertThat(page.locator("[data-rule=BK_TINH_LADDER]")).containsText("Điều 74");
	}

	@Test
	void aUnitReporterSeesTheRegistryOfItsUnitWithoutPersonalData() {
		signIn("reporter.tv-cn");
		page.navigate(url("/registry?q=kim van thanh"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kim Văn Thành")).first().click();

		assertThat(page.locator("#history")).containsText("2024 — Chiến sĩ thi đua cơ sở");
		assertThat(page.locator("main")).not().containsText("sinh ngày");
	}

}
