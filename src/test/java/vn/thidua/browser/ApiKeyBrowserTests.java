package vn.thidua.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.ProposalFixture.unique;

class ApiKeyBrowserTests extends BrowserTest {

	@Test
	void anAdminCreatesAKeySeesItOnceAndRevokesIt() {
		String name = unique("Cổng dịch vụ công tỉnh");
		signIn("admin");
		fromMenu("Quản trị", "Khóa API");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tạo khóa")).click();
		page.getByLabel("Tên hệ thống tích hợp").fill(name);
		page.getByLabel("Đơn vị (gốc của phạm vi)").fill("TV-KHONG-CO");
		page.getByLabel("Quyền").selectOption("READ");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo khóa")).click();
		assertThat(page.locator("#unitCode-error"))
			.hasText("Không có đơn vị đang hoạt động mã \"TV-KHONG-CO\" trong phạm vi của bạn.");

		page.getByLabel("Đơn vị (gốc của phạm vi)").fill("TV");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo khóa")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Đã tạo khóa API");
		String key = page.locator("#api-key-secret").inputValue();
		assertThat(key).startsWith("td_");
		assertThat(page.request()
			.get(url("/api/v1/units/TV-CN"), RequestOptions.create().setHeader("Authorization", "Bearer " + key))
			.text()).contains("Huyện Cầu Ngang");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xong")).click();
		assertThat(page.locator("#api-keys")).containsText(name);
		assertThat(page.locator("body")).not().containsText(key);
		page.locator("tr", new Page.LocatorOptions().setHasText(name))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thu hồi"))
			.click();
		assertThat(page.locator("main")).containsText("không thể hoàn tác");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thu hồi khóa")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thu hồi khóa \"" + name + "\".");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(name))).containsText("Thu hồi");
		assertThat(page.request()
			.get(url("/api/v1/units/TV-CN"), RequestOptions.create().setHeader("Authorization", "Bearer " + key))
			.status()).isEqualTo(401);
	}

	@Test
	void theApiDocumentationOpensInSwaggerUi() {
		// the description is built once, on its first request, which can take seconds
		assertThat(page.request().get(url("/api/v1/openapi.json"), RequestOptions.create().setTimeout(60_000)).ok())
			.isTrue();
		page.navigate(url("/api/docs"));
		assertThat(page.locator(".swagger-ui .title")).containsText("Thi Đua API");
		assertThat(page.locator("section.swagger-ui")).containsText("Hồ sơ đề nghị khen thưởng / Award proposals");
		assertThat(page.locator("section.swagger-ui")).containsText("Ghi quyết định đã ban hành");
	}

}
