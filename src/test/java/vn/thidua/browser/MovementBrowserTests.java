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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The movement journey in Chromium: an officer launches a movement with its targets and
 * units, a unit reports its progress, the officer reviews it and the dashboard follows.
 */
class MovementBrowserTests extends BrowserTest {

	private static final String NUMBER_INVALID = "Số không hợp lệ, nhập theo dạng 31.434,47 (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân) và không âm.";

	@Autowired
	MovementQueries movements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerLaunchesAMovementAUnitReportsAndTheDashboardFollowsTheAcceptedReport() {
		long suffix = System.nanoTime();
		String name = "Dân vận khéo " + suffix;
		String code = "DVK-" + suffix;

		signIn("officer.tv");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phong trào").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phát động phong trào")).click();
		fillMovementForm(name, code);
		page.getByLabel("Đến ngày").fill("31/02/2025");
		save();

		assertThat(page.locator("#endDate-error")).hasText("Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.");
		assertThat(page.getByLabel("Tên phong trào")).hasValue(name);
		assertThat(movements.findIdByCode(code)).isEmpty();

		page.getByLabel("Đến ngày").fill("31/12/2025");
		save();

		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Đã tạo phong trào " + name + ". Hãy thêm chỉ tiêu và đơn vị tham gia rồi phát động.");
		long id = movements.findIdByCode(code).orElseThrow();
		assertThat(page).hasURL(url("/movements/" + id + "/targets"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);

		addTarget("Kinh tế", "Tổng giá trị sản xuất", "tỷ đồng", "72.580");
		page.getByLabel("Chiều đánh giá").selectOption(new SelectOption().setLabel("Càng thấp càng tốt"));
		page.getByLabel("Giá trị tối đa").fill("100");
		addTarget("Xã hội", "Tỷ lệ hộ nghèo", "%", "1,5");
		assertThat(page.locator("#target-table tbody tr")).hasCount(2);
		assertThat(page.locator("#target-table tbody tr").nth(1)).containsText("Càng thấp càng tốt");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đơn vị tham gia")).click();
		addParticipants("TV-CN, TV-DH", 2);
		assertThat(page.locator("main table tbody tr")).hasCount(2);

		page.locator(".breadcrumb").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code)).click();
		launch(name);

		signInAs("reporter.tv-cn");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phong trào").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo tiến độ của đơn vị")).click();
		showYear(2024);
		Locator firstHalf = page.locator("#periods tr[data-period=H1]");
		assertThat(firstHalf).containsText("6 tháng đầu năm 2024");
		assertThat(firstHalf).containsText("Chưa nộp");
		firstHalf.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhập báo cáo")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.hasText("Báo cáo của huyện Cầu Ngang: 6 tháng đầu năm 2024");
		page.getByLabel("Tổng giá trị sản xuất").fill("31.434,47");
		page.getByLabel("Tỷ lệ hộ nghèo").fill("abc");
		submitReport();

		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Có 1 giá trị cần sửa; báo cáo chưa được gửi.");
		assertThat(page.getByLabel("Tỷ lệ hộ nghèo")).hasAccessibleDescription(NUMBER_INVALID);
		assertThat(page.locator(".invalid-feedback")).hasText(NUMBER_INVALID);
		assertThat(page.getByLabel("Tổng giá trị sản xuất")).hasValue("31.434,47");
		assertThat(page.getByLabel("Tỷ lệ hộ nghèo")).hasValue("abc");
		assertThat(reportCount(id)).isZero();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quay lại")).click();
		assertThat(firstHalf).containsText("Chưa nộp");
		firstHalf.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhập báo cáo")).click();
		page.getByLabel("Tổng giá trị sản xuất").fill("31.434,47");
		page.getByLabel("Tỷ lệ hộ nghèo").fill("-3");
		submitReport();

		assertThat(page.getByLabel("Tỷ lệ hộ nghèo")).hasAccessibleDescription("Giá trị không được âm.");
		assertThat(reportCount(id)).isZero();

		page.getByLabel("Tỷ lệ hộ nghèo").fill("1,32");
		submitReport();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã gửi báo cáo tiến độ.");
		assertThat(page.locator("#periods tr[data-period=H1]")).containsText("Chờ duyệt");
		assertThat(reportCount(id)).isOne();

		signInAs("officer.tv");
		page.navigate(url("/movements/" + id));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Duyệt báo cáo")).click();
		Locator queue = page.locator("main table tbody tr");
		assertThat(queue).hasCount(1);
		assertThat(queue).containsText("6 tháng đầu năm 2024");
		queue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Huyện Cầu Ngang")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chấp nhận")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã chấp nhận báo cáo của huyện Cầu Ngang.");
		assertThat(page.locator("main")).containsText("Không có báo cáo nào.");

		page.locator(".breadcrumb").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code)).click();
		showYear(2024);

		Locator production = page.locator("#targets tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Tổng giá trị sản xuất"));
		assertThat(production.locator("td").nth(1)).hasText("145.160 tỷ đồng");
		assertThat(production.locator("td").nth(2)).hasText("31.434,47 tỷ đồng");
		assertThat(production.locator("td:nth-child(4) > span")).hasText("21,66 %");
		assertThat(production.getByRole(AriaRole.IMG)).hasAccessibleName("21,66 %");
		assertThat(production.locator("td").nth(4)).hasText("1/2 đơn vị");
		Locator poverty = page.locator("#targets tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Tỷ lệ hộ nghèo"));
		assertThat(poverty.locator("td").nth(1)).hasText("1,5 %");
		assertThat(poverty.locator("td").nth(2)).hasText("—");
		assertThat(poverty.locator("td:nth-child(4) > span")).hasText("113,64 %");

		Locator units = page.locator("#units tbody tr");
		assertThat(units).hasCount(2);
		assertThat(units.first()).hasAttribute("data-unit", "TV-DH");
		Locator duyenHai = page.locator("#units tr[data-unit=TV-DH]");
		assertThat(duyenHai.locator("td").nth(2)).hasText("—");
		assertThat(duyenHai.locator("td").nth(3)).hasText("—");
		Locator cauNgang = page.locator("#units tr[data-unit=TV-CN]");
		assertThat(cauNgang.locator("td").nth(0)).containsText("Huyện Cầu Ngang");
		assertThat(cauNgang.locator("td").nth(2)).hasText("31.434,47 (43,31 %)");
		assertThat(cauNgang.locator("td").nth(3)).hasText("1,32 (113,64 %)");
		assertThat(duyenHai.getByRole(AriaRole.LINK)).hasCount(1);

		// a unit opens its own reports from the standings, not another's
		signInAs("reporter.tv-cn");
		page.navigate(url("/movements/" + id));
		showYear(2024);
		assertThat(cauNgang.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Huyện Cầu Ngang")))
			.hasCount(1);
		assertThat(duyenHai.locator("td").nth(0)).containsText("Huyện Duyên Hải");
		assertThat(duyenHai.getByRole(AriaRole.LINK)).hasCount(0);
		page.navigate(url("/movements/" + id + "/participants"));
		Locator participants = page.locator("main table tbody tr");
		assertThat(
				participants.filter(new Locator.FilterOptions().setHasText("Huyện Cầu Ngang")).getByRole(AriaRole.LINK))
			.hasCount(1);
		assertThat(
				participants.filter(new Locator.FilterOptions().setHasText("Huyện Duyên Hải")).getByRole(AriaRole.LINK))
			.hasCount(0);
	}

	@Test
	void aReturnedReportShowsTheReasonAndCanBeSubmittedAgain() {
		long suffix = System.nanoTime();
		String name = "Dân vận khéo " + suffix;
		String code = "DVK-" + suffix;
		String reason = "Số liệu chưa khớp báo cáo kinh tế - xã hội " + suffix;

		signIn("officer.tv");
		page.navigate(url("/movements/new"));
		fillMovementForm(name, code);
		save();
		addTarget("Kinh tế", "Tổng giá trị sản xuất", "tỷ đồng", "72.580");
		page.navigate(page.url().replace("/targets", "/participants"));
		addParticipants("TV-CN", 1);
		page.locator(".breadcrumb").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code)).click();
		launch(name);
		long id = movements.findIdByCode(code).orElseThrow();

		signInAs("reporter.tv-cn");
		page.navigate(url("/movements/" + id));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo tiến độ của đơn vị")).click();
		assertThat(page).hasTitle(Pattern.compile("^Báo cáo tiến độ của huyện Cầu Ngang · "));
		showYear(2024);
		page.locator("#periods tr[data-period=H1]")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhập báo cáo"))
			.click();
		page.getByLabel("Tổng giá trị sản xuất").fill("31.434,47");
		submitReport();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã gửi báo cáo tiến độ.");

		signInAs("officer.tv");
		page.navigate(url("/movements/" + id + "/reports?status=SUBMITTED"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Huyện Cầu Ngang")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Hãy ghi lý do trả lại (tối đa 2.000 ký tự).");

		page.getByLabel("Lý do trả lại").fill(reason);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã trả lại báo cáo của huyện Cầu Ngang.");

		signInAs("reporter.tv-cn");
		page.navigate(url("/movements/" + id));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo tiến độ của đơn vị")).click();
		showYear(2024);
		Locator firstHalf = page.locator("#periods tr[data-period=H1]");
		assertThat(firstHalf).containsText("Bị trả lại");
		firstHalf.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhập báo cáo")).click();

		assertThat(page.locator("#review-comment")).hasText("Bị trả lại: " + reason);
		assertThat(page.getByLabel("Tổng giá trị sản xuất")).hasValue("31.434,47");
		page.getByLabel("Tổng giá trị sản xuất").fill("31.500");
		submitReport();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã gửi báo cáo tiến độ.");
		assertThat(page.locator("#periods tr[data-period=H1]")).containsText("Chờ duyệt");
	}

	private void fillMovementForm(String name, String code) {
		page.getByLabel("Tên phong trào").fill(name);
		page.getByLabel("Mã phong trào").fill(code);
		page.getByLabel("Số kế hoạch").fill("12/KH-UBND");
		page.getByLabel("Ngày ban hành kế hoạch").fill("20/12/2023");
		page.getByLabel("Từ ngày").fill("01/01/2024");
		page.getByLabel("Đến ngày").fill("31/12/2025");
		page.getByLabel("Đơn vị phát động").fill("TV");
		page.getByLabel("Cấp phát động").fill("UBND tỉnh Trà Vinh");
		page.getByLabel("Đơn vị chủ trì").fill("TV");
		page.getByLabel("Kỳ báo cáo tiến độ").selectOption(new SelectOption().setLabel("6 tháng một lần"));
	}

	private void save() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
	}

	/** Fills the common fields of the target form, adds the target and waits for it. */
	private void addTarget(String field, String name, String measure, String plan) {
		page.getByLabel("Lĩnh vực").fill(field);
		page.getByLabel("Chỉ tiêu", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Loại").selectOption(new SelectOption().setLabel("Định lượng"));
		page.getByLabel("Đơn vị tính").fill(measure);
		page.getByLabel("Kế hoạch", new Page.GetByLabelOptions().setExact(true)).fill(plan);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm chỉ tiêu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm chỉ tiêu " + name + ".");
	}

	private void addParticipants(String codes, int count) {
		page.getByLabel("Mã đơn vị (nhiều mã cách nhau bởi dấu phẩy)").fill(codes);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm " + count + " đơn vị tham gia.");
	}

	private void launch(String name) {
		assertThat(page.locator("main .badge").first()).hasText("Dự thảo");
		Locator form = page.locator("#step-LAUNCHED");
		form.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true)).fill("05/01/2024");
		form.locator("input[name=confirmed]").check();
		page.onceDialog(dialog -> dialog.accept());
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Phát động")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã phát động phong trào " + name + ".");
		assertThat(page.locator("main .badge").first()).hasText("Đã phát động");
		assertThat(page.locator("#steps")).containsText("05/01/2024 — Đã phát động");
	}

	private void showYear(int year) {
		page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(year));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*[?&]year=" + year + "(&.*)?$"));
	}

	private void submitReport() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
	}

	private void signInAs(String username) {
		context.clearCookies();
		signIn(username);
	}

	private long reportCount(long movementId) {
		return jdbc.sql("select count(*) from progress_report where movement_id = ?")
			.param(movementId)
			.query(Long.class)
			.single();
	}

}
