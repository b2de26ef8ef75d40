package vn.thidua.browser;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.security.Role;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Choosing units by name in the unit picker, and the navbar's search: an officer of one
 * province types names without diacritics and never sees the neighbouring province's
 * units of the same name.
 */
@WithMockUser(roles = "ADMIN")
class FindingBrowserTests extends BrowserTest {

	private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	@Autowired
	TreeFixture tree;

	String prefix;

	String key;

	Unit province;

	Unit myHoa;

	Unit longDuc;

	String officer;

	@BeforeEach
	void twoProvinces() {
		prefix = tree.prefix();
		key = prefix.toLowerCase(Locale.ROOT);
		province = tree.unit(tree.root(), prefix, "Tỉnh Chọn " + prefix, UnitKind.PROVINCE, FROM);
		myHoa = tree.unit(province.getId(), prefix + "-MH", "Xã Mỹ Hòa " + prefix, UnitKind.COMMUNE, FROM);
		longDuc = tree.unit(province.getId(), prefix + "-LD", "Xã Long Đức " + prefix, UnitKind.COMMUNE, FROM);
		Unit neighbour = tree.unit(tree.root(), prefix + "-B", "Tỉnh Láng Giềng " + prefix, UnitKind.PROVINCE, FROM);
		tree.unit(neighbour.getId(), prefix + "-B-MH", "Xã Mỹ Hòa " + prefix, UnitKind.COMMUNE, FROM);
		officer = "canbo." + key;
		tree.account(officer, prefix, Role.OFFICER);
		signIn(officer, TreeFixture.PASSWORD);
	}

	@Test
	void anOfficerLaunchesAMovementChoosingUnitsByTypingTheirNamesWithoutDiacritics() {
		page.navigate(url("/movements/new"));
		// the launching unit, filled in, shows by name
		assertThat(page.getByLabel("Đơn vị phát động")).hasValue("Tỉnh Chọn " + prefix);

		page.getByLabel("Tên phong trào").fill("Thi đua chọn đơn vị " + prefix);
		page.getByLabel("Mã phong trào").fill(prefix + "-PT");
		page.getByLabel("Từ ngày").fill("01/01/2025");
		page.getByLabel("Đến ngày").fill("31/12/2026");
		page.getByLabel("Kỳ báo cáo tiến độ").selectOption(new SelectOption().setLabel("6 tháng một lần"));

		page.getByLabel("Đơn vị chủ trì").fill("");
		page.getByLabel("Đơn vị chủ trì").pressSequentially("my hoa " + key);
		// one Mỹ Hòa only: the neighbouring province's is not the officer's to choose
		assertThat(page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION)).hasCount(1);
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Xã Mỹ Hòa " + prefix)).click();
		assertThat(page.getByLabel("Đơn vị chủ trì")).hasValue("Xã Mỹ Hòa " + prefix);
		assertThat(page.locator("#leadUnitCode-code")).hasValue(myHoa.getCode());

		// the standing unit, browsed in the tree
		page.locator("#standingUnitCode ~ button").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Xã Long Đức " + prefix)).click();
		assertThat(page.locator("#standingUnitCode-code")).hasValue(longDuc.getCode());

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã tạo phong trào Thi đua chọn đơn vị " + prefix);
		String targets = page.url();
		page.navigate(targets.replace("/targets", ""));
		assertThat(page.locator("main")).containsText("Xã Mỹ Hòa " + prefix);

		// participants: each unit found by name is added to the codes
		page.navigate(targets.replace("/targets", "/participants"));
		page.getByLabel("Tìm đơn vị để thêm").pressSequentially("long duc " + key);
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Xã Long Đức " + prefix)).click();
		page.getByLabel("Tìm đơn vị để thêm").pressSequentially("my hoa " + key);
		assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Xã Mỹ Hòa " + prefix)))
			.isVisible();
		page.keyboard().press("ArrowDown");
		page.keyboard().press("Enter");
		assertThat(page.getByLabel("Mã đơn vị (nhiều mã cách nhau bởi dấu phẩy)"))
			.hasValue(longDuc.getCode() + ", " + myHoa.getCode());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm 2 đơn vị tham gia.");
	}

	@Test
	void theNavbarSearchFindsUnitsAndMovementsWithoutDiacriticsInTheUsersScopeOnly() {
		page.navigate(url("/"));
		page.locator("#navSearch").fill("my hoa " + key);
		page.locator("#navSearch").press("Enter");
		page.waitForURL(Pattern.compile(".*/search\\?q=.*"));
		assertThat(page.locator("#search-units li")).hasCount(1);
		assertThat(page.locator("#search-units")).containsText("Xã Mỹ Hòa " + prefix);
		assertThat(page.locator("#search-units")).containsText("Tỉnh Chọn " + prefix);
		assertThat(page.locator("#search-units")).not().containsText("Láng Giềng");
		page.locator("#search-units").getByRole(AriaRole.LINK).first().click();
		assertThat(page).hasURL(Pattern.compile(".*/units/" + myHoa.getId()));

		page.locator("#navSearch").fill("khong co gi " + key);
		page.locator("#navSearch").press("Enter");
		assertThat(page.locator("#search-none")).isVisible();
	}

}
