package vn.thidua.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.TargetChoice;
import vn.thidua.unit.UnitCatalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster journey in Chromium: an officer sets up a cluster, opens its year with
 * members, leader and deputy, drafts and signs the pact and opens a review; and the test
 * world's cluster shows who led it in 2023.
 */
class ClusterBrowserTests extends BrowserTest {

	private static final String MAX_INVALID = "Điểm tối đa phải là một số lớn hơn 0, nhập theo dạng 12,5 (dấu phẩy trước phần thập phân).";

	@Autowired
	MovementQueries movements;

	@Autowired
	UnitCatalog units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerSetsUpAClusterSignsItsPactAndOpensAReview() {
		long suffix = System.nanoTime();
		String name = "Cụm thi đua thử nghiệm " + suffix;
		String code = "CTD-" + suffix;

		signIn("officer.tv");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cụm, khối thi đua").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thành lập cụm, khối")).click();
		page.getByLabel("Tên cụm, khối").fill(name);
		page.getByLabel("Mã cụm, khối").fill(code);
		page.getByLabel("Loại").selectOption(new SelectOption().setLabel("Cụm thi đua"));
		// the unit picker shows the unit by name and submits its code
		assertThat(page.getByLabel("Đơn vị theo dõi")).hasValue("Tỉnh Trà Vinh");
		assertThat(page.locator("#supervisingUnitCode-code")).hasValue("TV");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thành lập " + name + ". Hãy mở năm thi đua đầu tiên.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		assertThat(page.locator("main")).containsText("Chưa mở năm thi đua nào.");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mở năm mới")).click();
		page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2027");
		page.getByLabel("Thành viên").fill("TV-CT, TV-CN, TV-DH");
		page.getByLabel("Cụm trưởng").fill("TV-CT");
		page.getByLabel("Cụm phó").fill("TV-CN");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở năm mới")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã mở năm thi đua 2027. Hãy hoàn thiện và ký giao ước.");
		assertThat(page).hasURL(Pattern.compile(".*/clusters/\\d+/years/2027/pact$"));
		assertThat(page.locator("#pact-status")).containsText("Dự thảo");
		assertThat(page.locator("main")).containsText("Chưa có tiêu chí nào.");

		fillCriterion("I. Thực hiện nhiệm vụ chính trị", "Hoàn thành chỉ tiêu tổng giá trị sản xuất", "Chấm điểm",
				"abc");
		addCriterion();
		assertThat(page.getByLabel("Điểm tối đa")).hasAccessibleDescription(MAX_INVALID);
		assertThat(page.getByLabel("Điểm tối đa")).hasValue("abc");
		assertThat(page.getByLabel("Tiêu chí", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Hoàn thành chỉ tiêu tổng giá trị sản xuất");
		assertThat(page.locator("main")).containsText("Chưa có tiêu chí nào.");
		page.getByLabel("Điểm tối đa").fill("0");
		addCriterion();
		assertThat(page.getByLabel("Điểm tối đa")).hasAccessibleDescription(MAX_INVALID);
		assertThat(page.locator("#criteria-table")).hasCount(0);

		page.getByLabel("Điểm tối đa").fill("30");
		addCriterion();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Đã thêm tiêu chí Hoàn thành chỉ tiêu tổng giá trị sản xuất.");
		assertThat(page.getByLabel("Nhóm tiêu chí")).hasValue("I. Thực hiện nhiệm vụ chính trị");

		TargetChoice production = movements.targetsLaunchedBy(units.findActiveByCode("TV").orElseThrow().id())
			.stream()
			.filter(target -> target.movementCode().equals("TV-KTXH-2021"))
			.findFirst()
			.orElseThrow();
		fillCriterion("I. Thực hiện nhiệm vụ chính trị", "Giảm nghèo, bảo đảm an sinh xã hội", "Chấm điểm", "20,5");
		page.getByLabel("Chỉ tiêu phong trào liên kết").selectOption(String.valueOf(production.id()));
		addCriterion();
		fillCriterion("II. Điểm trừ", "Chậm gửi báo cáo, hồ sơ thi đua", "Điểm trừ", "5");
		page.getByLabel("Hướng dẫn chấm điểm").fill("Mỗi lần chậm trừ 1 điểm, tối đa 5 điểm.");
		addCriterion();

		Locator rows = page.locator("#criteria-table tr.criterion");
		assertThat(rows).hasCount(3);
		assertThat(page.locator("#criteria-table tbody th"))
			.hasText(new String[] { "I. Thực hiện nhiệm vụ chính trị", "II. Điểm trừ" });
		assertThat(rows.nth(1)).containsText("20,5");
		assertThat(rows.nth(1)).containsText(production.targetName() + " — " + production.movementName());
		assertThat(rows.nth(2)).containsText("trừ tối đa 5");
		assertThat(rows.nth(2)).containsText("Mỗi lần chậm trừ 1 điểm, tối đa 5 điểm.");

		page.getByLabel("Ngày ký").fill("15/01/2027");
		page.getByLabel("Số văn bản giao ước").fill("01/GƯTĐ-" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký giao ước")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ký giao ước thi đua năm 2027.");
		assertThat(page.locator("#pact-status")).containsText("Đã ký ngày 15/01/2027, số 01/GƯTĐ-" + suffix);
		assertThat(page.locator("#criterion-form")).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm tiêu chí"))).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xóa"))).hasCount(0);
		assertThat(rows).hasCount(3);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Về trang cụm, khối")).click();
		assertThat(page.locator("#leader")).hasText("Huyện Châu Thành");
		assertThat(page.locator("#deputy")).hasText("Huyện Cầu Ngang");
		assertThat(page.locator("#members li"))
			.hasText(new String[] { "Huyện Cầu Ngang", "Huyện Châu Thành", "Huyện Duyên Hải" });
		page.getByLabel("Kỳ", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Sơ kết 6 tháng"));
		page.getByLabel("Hạn chấm điểm").fill("31/07/2027");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở kỳ đánh giá")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã mở kỳ sơ kết 6 tháng, hạn chấm điểm 31/07/2027.");
		Locator review = page.locator("#reviews tr[data-period=MID_YEAR]");
		assertThat(review).containsText("Sơ kết 6 tháng");
		assertThat(review).containsText("31/07/2027");
		assertThat(review).containsText("Đang chấm điểm");
		assertThat(review.getByRole(AriaRole.LINK)).hasAttribute("href", Pattern.compile("/reviews/\\d+$"));
		assertThat(jdbc.sql("""
				select count(*) from review r join cluster_year y on y.id = r.cluster_year_id
				join cluster c on c.id = y.cluster_id where c.code = ? and r.period = 'MID_YEAR'
				""").param(code).query(Long.class).single()).isOne();
	}

	@Test
	void theWorldsClusterShowsWhoLedIt2023AndAMembersResults() {
		signIn("officer.tv");
		page.navigate(url("/clusters"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cụm Thi đua số 1")).click();
		page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).selectOption("2023");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem").setExact(true)).click();

		assertThat(page).hasURL(Pattern.compile(".*[?&]year=2023$"));
		assertThat(page.locator("#leader")).hasText("Huyện Châu Thành");
		assertThat(page.locator("#deputy")).hasText("Thị xã Duyên Hải");
		assertThat(page.locator("#pact")).containsText("Đã ký");
		Locator past = page.locator("#history tr[data-year='2023']");
		assertThat(past).containsText("Huyện Châu Thành");
		assertThat(past).containsText("Thị xã Duyên Hải");

		page.locator("#members")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Huyện Trà Cú"))
			.click();
		Locator yearEnd = page.locator("#results tr[data-year='2023'][data-period=YEAR_END]");
		assertThat(yearEnd).containsText("Tổng kết năm");
		assertThat(yearEnd).containsText("75");
		assertThat(yearEnd).containsText("5/5");
		assertThat(yearEnd).containsText("Khá");
	}

	private void fillCriterion(String group, String name, String kind, String max) {
		page.getByLabel("Nhóm tiêu chí").fill(group);
		page.getByLabel("Tiêu chí", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Loại").selectOption(new SelectOption().setLabel(kind));
		page.getByLabel("Điểm tối đa").fill(max);
	}

	private void addCriterion() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm tiêu chí")).click();
	}

}
