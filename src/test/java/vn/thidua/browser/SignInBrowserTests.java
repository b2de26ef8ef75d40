package vn.thidua.browser;

import java.util.List;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInBrowserTests extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "admin, Quản trị hệ thống, Quản trị hệ thống", "officer.tv, Nguyễn Thị Thu Hà, Cán bộ TĐKT",
			"reporter.tv-cn, Thạch Thị Sa Rươne, Người báo cáo của đơn vị", "leader.tv-ct, Trần Văn Dũng, Cụm trưởng",
			"member.tv, Lê Thị Ngọc Hân, Thành viên Hội đồng TĐKT", "chair.tv, Phạm Minh Đức, Chủ tịch Hội đồng TĐKT" })
	void eachRoleSignsInAndLandsOnItsHomePage(String username, String fullName, String roleLabel) {
		signIn(username);

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Xin chào, " + fullName);
		assertThat(page.locator("main .badge").first()).hasText(roleLabel);
		boolean admin = "admin".equals(username);
		assertThat(menuGroup("Quản trị")).hasCount(admin ? 1 : 0);
	}

	@Test
	void wrongPasswordShowsAVietnameseMessageAndStaysSignedOut() {
		signIn("officer.nd", "sai-mat-khau");

		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
		page.navigate(url("/units"));
		assertThat(page).hasURL(url("/login"));
	}

	@Test
	void signOutEndsTheSession() {
		signIn("member.tv");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bạn đã đăng xuất.");
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
	}

	@Test
	void aSearchTypedAfterTheSessionEndedLeadsToTheSignInPageNotIntoTheList() {
		signIn("officer.tv");
		page.navigate(url("/units"));
		context.addCookies(List.of(new Cookie("SESSION", "bm90LWEtc2Vzc2lvbg").setDomain("localhost").setPath("/")));

		page.locator("#q").fill("Cầu");

		assertThat(page).hasURL(url("/login?expired"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.");
		assertThat(page.locator("input[name=password]")).hasCount(1);
	}

	@Test
	void englishCanBeChosenAndIsRemembered() {
		signIn("officer.tv");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Hello, Nguyễn Thị Thu Hà");
		page.navigate(url("/units"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tỉnh Trà Vinh");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))).isVisible();
	}

}
