package vn.thidua.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.security.Role;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The people directory in Chromium: an officer finds "Nguyễn Thị Thuỷ" by typing "thuy",
 * adds a person, is warned that "Lê Văn Hoà" may be the "Lê Văn Hòa" already there,
 * corrects a person and transfers them to another commune.
 */
@WithMockUser(roles = "ADMIN")
class PeopleBrowserTests extends BrowserTest {

	@Autowired
	TreeFixture fixture;

	@Test
	void anOfficerFindsAddsCorrectsAndTransfersPeople() {
		String p = fixture.prefix();
		long province = fixture
			.unit(fixture.root(), p + "-P", "Tỉnh Thử " + p, UnitKind.PROVINCE, LocalDate.of(2020, 1, 1))
			.getId();
		long x1 = fixture.unit(province, p + "-X1", "Xã Một " + p, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1)).getId();
		fixture.unit(province, p + "-X2", "Xã Hai " + p, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1));
		fixture.person(x1, "Nguyễn Thị Thuỷ", LocalDate.of(1988, 8, 8));
		fixture.person(x1, "Lê Văn Hòa", LocalDate.of(1980, 1, 1));
		String officer = (p + ".canbo").toLowerCase();
		fixture.account(officer, p + "-P", Role.OFFICER);
		signIn(officer, TreeFixture.PASSWORD);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhân sự")).click();
		page.getByLabel("Họ tên").fill("thuy");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
		assertThat(page.locator("#people tbody tr")).hasCount(1);
		assertThat(page.locator("#people")).containsText("Nguyễn Thị Thuỷ");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm cá nhân")).click();
		page.getByLabel("Họ và tên").fill("Lê Văn Hoà");
		page.getByLabel("Ngày sinh").fill("01/01/1980");
		page.getByLabel("Giới tính").selectOption("MALE");
		page.getByLabel("Đơn vị", new Page.GetByLabelOptions().setExact(true)).fill(p + "-X2");
		page.getByLabel("Số định danh cá nhân").fill("084080123456");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("#namesakes")).containsText("Lê Văn Hòa");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vẫn thêm mới")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Lê Văn Hoà");
		assertThat(page.locator("#personalId")).containsText("********3456");
		assertThat(page.locator("main")).not().containsText("084080123456");

		page.locator("#editPerson").click();
		assertThat(page.getByLabel("Số định danh cá nhân")).hasValue("084080123456");
		page.getByLabel("Chức vụ").fill("Phó Chủ tịch UBND xã");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("main")).containsText("Phó Chủ tịch UBND xã");

		page.locator("#transferPerson").click();
		page.getByLabel("Mã đơn vị chuyển đến").fill(p + "-X1");
		page.getByLabel("Ngày điều chuyển").fill("01/06/2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Điều chuyển")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã điều chuyển");
		assertThat(page.locator("#placements")).containsText("Xã Một " + p + " (01/06/2025 – nay)");
		assertThat(page.locator("#placements")).containsText("Xã Hai " + p);
	}

}
