package vn.thidua.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The application on a phone (390 × 844, touch): the navigation folds into a menu button,
 * a wide table scrolls inside its wrapper with its first column kept in view while the
 * page itself never scrolls sideways, and a form fits the screen and submits.
 */
class PhoneBrowserTests extends BrowserTest {

	private static final int WIDTH = 390;

	@Override
	Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setViewportSize(WIDTH, 844).setIsMobile(true).setHasTouch(true);
	}

	@Test
	void theNavigationIsAMenuThatOpensAndLeadsToTheChosenPage() {
		signIn("officer.tv");

		Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở hoặc đóng trình đơn"));
		Locator movements = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Phong trào").setExact(true));
		assertThat(toggle).isVisible();
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		assertThat(toggle).hasAttribute("aria-controls", "appNav");
		assertThat(movements).isHidden();
		assertNoSidewaysScroll();

		toggle.click();

		assertThat(toggle).hasAttribute("aria-expanded", "true");
		assertThat(movements).isVisible();
		assertThat(page.getByRole(AriaRole.SEARCHBOX)).isVisible();
		assertNoSidewaysScroll();
		movements.click();

		assertThat(page).hasURL(url("/movements"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Phong trào thi đua");
		assertThat(movements).isHidden();
	}

	@Test
	void aWideTableScrollsInsideItsWrapperAndKeepsItsFirstColumnInView() {
		signIn("officer.tv");
		page.navigate(url("/registry?q=sa+ruone"));

		Locator rows = page.locator("#awards tbody tr");
		assertThat(rows).hasCount(3);
		assertNoSidewaysScroll();
		Locator wrapper = page.locator(".table-responsive")
			.filter(new Locator.FilterOptions().setHas(page.locator("#awards")));
		assertThat((Boolean) wrapper.evaluate("el => el.scrollWidth > el.clientWidth + 50"))
			.as("the table is wider than the screen and scrolls inside its wrapper")
			.isTrue();

		Locator subject = rows.first().locator("td").first();
		Locator type = rows.first().locator("td").nth(1);
		Locator heading = page.locator("#awards thead th").first();
		BoundingBox subjectBefore = subject.boundingBox();
		BoundingBox typeBefore = type.boundingBox();
		BoundingBox headingBefore = heading.boundingBox();

		wrapper.evaluate("el => { el.scrollLeft = el.scrollWidth; }");
		assertThat(((Number) wrapper.evaluate("el => el.scrollLeft")).doubleValue()).isGreaterThan(50);

		assertThat(type.boundingBox().x).as("the other columns moved").isLessThan(typeBefore.x - 50);
		assertThat(subject.boundingBox().x).as("the first column stayed").isCloseTo(subjectBefore.x, within(1.0));
		assertThat(heading.boundingBox().x).isCloseTo(headingBefore.x, within(1.0));
		assertThat(onTop(subject)).as("nothing scrolled over the first column").isTrue();
		assertThat(onTop(heading)).isTrue();
		assertThat(subject).containsText("Thạch Thị Sa Rươne");
		assertNoSidewaysScroll();
	}

	@Test
	void theMovementFormFitsTheScreenAndSubmits() {
		long suffix = System.nanoTime();
		String name = "Dân vận khéo trên điện thoại " + suffix;

		signIn("officer.tv");
		page.navigate(url("/movements/new"));

		Locator fields = page.locator("main form")
			.locator("input:visible, select:visible, textarea:visible, button:visible");
		assertThat(fields.count()).isGreaterThan(10);
		for (int i = 0; i < fields.count(); i++) {
			BoundingBox box = fields.nth(i).boundingBox();
			assertThat(box.x).as("field %d starts on the screen", i).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).as("field %d ends on the screen", i).isLessThanOrEqualTo(WIDTH);
		}
		assertNoSidewaysScroll();

		page.getByLabel("Tên phong trào").fill(name);
		page.getByLabel("Mã phong trào").fill("DT-" + suffix);
		page.getByLabel("Số kế hoạch").fill("12/KH-UBND");
		page.getByLabel("Ngày ban hành kế hoạch").fill("20/12/2023");
		page.getByLabel("Từ ngày").fill("01/01/2024");
		page.getByLabel("Đến ngày").fill("31/12/2025");
		page.getByLabel("Đơn vị phát động").fill("TV");
		page.getByLabel("Cấp phát động").fill("UBND tỉnh Trà Vinh");
		page.getByLabel("Đơn vị chủ trì").fill("TV");
		page.getByLabel("Kỳ báo cáo tiến độ").selectOption(new SelectOption().setLabel("6 tháng một lần"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).tap();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã tạo phong trào " + name + ".");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		assertNoSidewaysScroll();
	}

	/** The page itself never scrolls sideways: only a table inside its wrapper does. */
	private void assertNoSidewaysScroll() {
		Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
		assertThat(fits).as("document.documentElement.scrollWidth <= innerWidth").isEqualTo(true);
	}

	/** Whether the element is the one a finger at its centre would touch. */
	private boolean onTop(Locator cell) {
		return (Boolean) cell.evaluate("""
				el => {
				  const r = el.getBoundingClientRect();
				  const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
				  return hit !== null && el.contains(hit);
				}""");
	}

}
