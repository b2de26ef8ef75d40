package vn.thidua.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer fills a district's ratings in the grid: a column pasted from a spreadsheet
 * fills the rows from the focused one down, the one word the grid does not know is
 * refused on its own cell, the keyboard fixes it and rates the next person; then the
 * officer records an initiative on a person's page.
 */
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class RegistryFactsBrowserTests extends BrowserTest {

	@Autowired
	TreeFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerFillsTheRatingsGridByPasteAndKeyboardThenRecordsAnInitiative() {
		String p = fixture.prefix();
		long province = fixture
			.unit(fixture.root(), p + "-P", "Tỉnh Thử " + p, UnitKind.PROVINCE, LocalDate.of(2000, 1, 1))
			.getId();
		long district = fixture.unit(province, p + "-H", "Huyện Thử", UnitKind.DISTRICT, LocalDate.of(2000, 1, 1))
			.getId();
		long commune = fixture.unit(district, p + "-X", "Xã Thử", UnitKind.COMMUNE, LocalDate.of(2000, 1, 1)).getId();
		long lan = fixture.person(district, "Nguyễn Thị Lan", LocalDate.of(1985, 3, 1));
		long binh = fixture.person(district, "Trần Văn Bình", LocalDate.of(1980, 7, 9));
		String officer = (p + ".cb").toLowerCase();
		fixture.account(officer, p + "-P", Role.OFFICER);

		signIn(officer, TreeFixture.PASSWORD);
		page.navigate(url("/units/" + district + "/ratings?year=2025"));
		assertThat(page.locator(".rating-row")).hasCount(4);

		Locator first = page.locator("#rating-u" + district);
		first.focus();
		first.evaluate(
				"""
						(select) => {
						  const data = new DataTransfer();
						  data.setData('text/plain', 'HTXSNV\\r\\nTốt\\r\\ngiỏi lắm\\r\\n');
						  select.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
						}
						""");
		assertThat(page.locator("#row-u" + district)).containsText("Đã lưu");
		assertThat(page.locator("#row-u" + commune)).containsText("Đã lưu");
		assertThat(page.locator("#error-p" + lan)).containsText("Không nhận ra xếp loại “giỏi lắm”");
		assertThat(rating("unit_id", district)).isEqualTo("EXCELLENT");
		assertThat(rating("unit_id", commune)).isEqualTo("GOOD");
		assertThat(rating("person_id", lan)).isNull();

		page.locator("#rating-p" + lan).focus();
		page.keyboard().press("x");
		assertThat(page.locator("#row-p" + lan)).containsText("Đã lưu");
		assertThat(page.locator("#error-p" + lan)).hasCount(0);
		page.locator("#rating-p" + lan).focus();
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#rating-p" + binh)).isFocused();
		page.keyboard().press("h");
		assertThat(page.locator("#row-p" + binh)).containsText("Đã lưu");
		assertThat(rating("person_id", lan)).isEqualTo("EXCELLENT");
		assertThat(rating("person_id", binh)).isEqualTo("COMPLETED");

		page.navigate(url("/people/" + lan));
		assertThat(page.locator("#facts-ratings")).containsText("2025: hoàn thành xuất sắc nhiệm vụ");
		page.locator("#add-initiative").click();
		page.getByLabel("Tên sáng kiến, đề tài").fill("Sổ tay điện tử một cửa");
		page.getByLabel("Phạm vi ảnh hưởng được công nhận").selectOption("PROVINCE");
		page.getByLabel("Cơ quan công nhận").fill("UBND tỉnh");
		page.getByLabel("Số quyết định công nhận").fill("12/QĐ-UBND");
		page.getByLabel("Ngày quyết định công nhận").fill("10/03/2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("#facts-initiatives")).containsText("Sổ tay điện tử một cửa");
		assertThat(page.locator("#facts-initiatives")).containsText("cấp tỉnh");
		assertThat(page.locator("#facts-initiatives")).containsText("Công nhận theo QĐ số 12/QĐ-UBND ngày 10/03/2025");
		assertThat(jdbc.sql("select count(*) from initiative where person_id = ? and year = 2025")
			.param(lan)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private String rating(String subject, long id) {
		return jdbc.sql("select rating from performance_rating where " + subject + " = ? and year = 2025")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
