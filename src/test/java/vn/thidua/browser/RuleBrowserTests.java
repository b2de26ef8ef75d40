package vn.thidua.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Rule administration in Chromium: the administrator adds a national rule (a mistyped
 * date first), finds it on the rules page in force, and ends it. The rule applies to 2020
 * only, so no other test's verdict changes.
 */
class RuleBrowserTests extends BrowserTest {

	@Test
	void theAdministratorAddsARuleSeesItInForceAndEndsIt() {
		String code = "GK_XEP_LOAI_" + System.nanoTime() % 1_000_000_000L;

		signIn("admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sổ khen thưởng")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quy định xét khen thưởng")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm quy định")).click();
		page.getByLabel("Xếp loại trong năm").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();

		assertThat(page.locator("#scope")).hasText("Quy định áp dụng trên toàn quốc.");
		assertThat(page.locator("#kind")).containsText("Xếp loại trong năm");
		page.getByLabel("Mã quy định").fill(code);
		page.getByLabel("Áp dụng cho").selectOption(new SelectOption().setLabel("Giấy khen"));
		page.getByLabel("Xếp loại tối thiểu").selectOption(new SelectOption().setLabel("hoàn thành tốt nhiệm vụ"));
		page.getByLabel("Nội dung điều kiện")
			.fill("Được tặng Giấy khen khi được xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm.");
		page.getByLabel("Căn cứ pháp lý").fill("Quyết định số 99/QĐ-TĐKT ngày 02/01/2020");
		page.getByLabel("Có hiệu lực từ ngày").fill("31/02/2020");
		page.getByLabel("Mức độ").selectOption(new SelectOption().setLabel("Cảnh báo"));
		save();

		assertThat(page.getByLabel("Có hiệu lực từ ngày"))
			.hasAccessibleDescription("Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.");
		assertThat(page.getByLabel("Mã quy định")).hasValue(code);
		assertThat(page.getByLabel("Xếp loại tối thiểu")).hasValue("GOOD");
		page.getByLabel("Có hiệu lực từ ngày").fill("01/01/2020");
		save();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm quy định " + code + ".");
		Locator row = page.locator("[data-rule=" + code + "]");
		assertThat(row).containsText("Giấy khen");
		assertThat(row.locator(".parameters")).hasText("Xếp loại tối thiểu: hoàn thành tốt nhiệm vụ");
		assertThat(row.locator(".scope")).hasText("Toàn quốc");
		assertThat(row.locator(".period")).hasText("Từ 01/01/2020");
		assertThat(row.locator(".status")).hasText("Đang có hiệu lực");
		assertThat(row).containsText("Cảnh báo");

		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kết thúc")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Kết thúc quy định " + code);
		page.getByLabel("Ngày cuối cùng có hiệu lực").fill("31/12/2020");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc hiệu lực")).click();

		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Quy định " + code + " có hiệu lực đến hết ngày 31/12/2020.");
		assertThat(row.locator(".period")).hasText("Từ 01/01/2020 đến 31/12/2020");
		assertThat(row.locator(".status")).hasText("Hết hiệu lực");
		assertThat(row.getByRole(AriaRole.LINK)).hasCount(0);
	}

	private void save() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
	}

}
