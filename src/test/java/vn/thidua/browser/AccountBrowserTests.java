package vn.thidua.browser;

import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.security.Role;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class AccountBrowserTests extends BrowserTest {

	@Autowired
	TreeFixture tree;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminCreatesAnAccountWhoseOwnerMustChooseANewPasswordFirst() {
		signIn("admin");
		page.navigate(url("/accounts/new"));
		page.getByLabel("Tên đăng nhập").fill("canbo.tracu");
		page.getByLabel("Mật khẩu ban đầu").fill("123");
		page.getByLabel("Họ và tên").fill("Sơn Thị Phương");
		page.getByLabel("Mã đơn vị").fill("TV-TC");
		page.getByLabel("Cán bộ TĐKT").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

		assertThat(page.locator("#password-error")).hasText("Mật khẩu phải có ít nhất 8 ký tự.");

		page.getByLabel("Mật khẩu ban đầu").fill("TamThoi@2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Đã tạo tài khoản canbo.tracu; người dùng sẽ phải đổi mật khẩu khi đăng nhập lần đầu.");

		context.clearCookies();
		signIn("canbo.tracu", "TamThoi@2026");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bạn cần đổi mật khẩu tạm trước khi tiếp tục.");
		page.getByLabel("Mật khẩu hiện tại").fill("TamThoi@2026");
		page.getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true)).fill("RiengToi@2026");
		page.getByLabel("Nhập lại mật khẩu mới").fill("KhacNhau@2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đổi mật khẩu")).click();
		assertThat(page.locator("#confirmPassword-error")).hasText("Hai lần nhập mật khẩu mới không khớp.");

		page.getByLabel("Mật khẩu hiện tại").fill("TamThoi@2026");
		page.getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true)).fill("RiengToi@2026");
		page.getByLabel("Nhập lại mật khẩu mới").fill("RiengToi@2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đổi mật khẩu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã đổi mật khẩu.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Xin chào, Sơn Thị Phương");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdminFindsAnAccountLeftAtAnEndedUnitAndMovesIt() {
		String p = tree.prefix();
		tree.unit(tree.root(), p, "Xã Cũ " + p, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1));
		String stranded = p.toLowerCase(Locale.ROOT) + ".cu";
		tree.account(stranded, p, Role.OFFICER);
		jdbc.sql("update unit set active = false, valid_to = date '2025-06-30' where code = ?").param(p).update();
		signIn("admin");
		page.navigate(url("/accounts"));

		page.getByLabel("Chỉ tài khoản ở đơn vị đã kết thúc").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
		assertThat(page.locator("tbody tr")).hasCount(1);
		assertThat(page.locator("tbody tr")).containsText(stranded);
		assertThat(page.locator("tbody tr .badge.text-bg-danger")).hasText("Đơn vị đã kết thúc");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(stranded)).click();
		page.getByLabel("Mã đơn vị").fill("TV-TC");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		page.navigate(url("/accounts?ended=true&q=" + stranded));
		assertThat(page.locator("tbody")).hasText("Không có tài khoản nào.");
		page.navigate(url("/accounts?q=" + stranded));
		assertThat(page.locator("tbody tr")).containsText("Huyện Trà Cú");
		assertThat(page.locator("tbody tr .badge.text-bg-danger")).hasCount(0);
	}

	@Test
	void anAdminFollowsAChangeInTheAuditLog() {
		signIn("admin");
		page.navigate(url("/audit"));
		page.getByLabel("Loại bản ghi").selectOption("Account");
		page.getByLabel("Thao tác").selectOption("CREATE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc")).click();

		assertThat(page.locator("tbody")).containsText("officer.nd");
		assertThat(page.locator("tbody")).containsText("***");
		assertThat(page.locator("tbody")).containsText("Tên đăng nhập");
		assertThat(page.locator("tbody")).containsText("Tài khoản #");
		assertThat(page.locator("tbody")).containsText("Cán bộ TĐKT");
		assertThat(page.locator("tbody")).not().containsText("OFFICER");
		assertThat(page.locator("tbody")).not().containsText("{bcrypt}");
	}

	@Test
	void forbiddenAndMissingPagesAreFriendly() {
		signIn("chair.tv");
		page.navigate(url("/accounts"));

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Không có quyền truy cập");

		page.navigate(url("/units/999999999"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Không tìm thấy");
		assertThat(page.locator("main")).not().containsText("Exception");
	}

}
