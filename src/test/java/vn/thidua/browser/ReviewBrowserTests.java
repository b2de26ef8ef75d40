package vn.thidua.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.ReviewFixture;
import vn.thidua.support.ReviewFixture.OpenReview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mid-year review in Chromium: Cầu Ngang and Châu Thành assess themselves, Châu Thành
 * as leader scores the grid cell by cell — an out-of-range value is refused in its cell,
 * a score differing from the self-assessment asks for a reason — then finalises, and the
 * ranking follows. The review belongs to a cluster the test opens for itself.
 */
@WithMockUser(roles = "OFFICER")
class ReviewBrowserTests extends BrowserTest {

	private static final String[] CRITERIA = { "Hoàn thành chỉ tiêu tổng giá trị sản xuất",
			"Giảm nghèo, bảo đảm an sinh xã hội", "Tổ chức phong trào thi đua, nhân rộng điển hình",
			"Mô hình mới, cách làm hay", "Chậm gửi báo cáo" };

	@Autowired
	ReviewFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	WorldUsers users;

	OpenReview review;

	@BeforeEach
	void openAMidYearReview() {
		review = fixture.open(ReviewPeriod.MID_YEAR, "TV-CT", "TV-CN");
	}

	@Test
	void membersAssessThemselvesTheLeaderScoresAndFinalisesAndTheRankingFollows() {
		signIn("reporter.tv-cn");
		page.navigate(url("/reviews/" + review.reviewId()));
		assertThat(page.locator("#review-period")).hasText("Sơ kết 6 tháng năm 2025");
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(2).setName("Tự đánh giá của huyện Cầu Ngang")))
			.isVisible();
		selfAssess("26", "19", "40", "2", "1");
		page.getByLabel("Minh chứng cho tiêu chí " + CRITERIA[0]).fill("Báo cáo số 12/BC-UBND");
		saveSelfAssessment();

		context.clearCookies();
		signIn("leader.tv-ct");
		page.navigate(url("/reviews/" + review.reviewId()));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tự đánh giá của đơn vị mình")).click();
		selfAssess("28", "18", "45", "3", "0");
		saveSelfAssessment();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quay lại đợt chấm điểm")).click();

		Locator first = cell("Huyện Cầu Ngang", 0);
		leave(first, "31");
		assertThat(first).hasAccessibleDescription("Điểm phải từ 0 đến 30.");
		assertThat(first).hasValue("31");
		assertThat(storedScores()).isZero();
		leave(first, "26");
		assertThat(saved("Huyện Cầu Ngang", 0)).isVisible();

		Locator poverty = cell("Huyện Cầu Ngang", 1);
		leave(poverty, "17");
		assertThat(poverty).hasAccessibleDescription("Điểm khác điểm tự đánh giá: hãy ghi lý do.");
		Locator reason = page.getByLabel("Lý do chấm khác tự đánh giá: Huyện Cầu Ngang, " + CRITERIA[1]);
		leave(reason, "Tỷ lệ hộ nghèo giảm chưa đạt kế hoạch");
		assertThat(saved("Huyện Cầu Ngang", 1)).isVisible();

		Locator emulation = cell("Huyện Cầu Ngang", 2);
		emulation.fill("40");
		emulation.press("Enter");
		assertThat(cell("Huyện Châu Thành", 2)).isFocused();
		String[] chauthanh = { "28", "18", "45", "3", "0" };
		String[] caungang = { null, null, null, "2", "1" };
		for (int c = 0; c < CRITERIA.length; c++) {
			score("Huyện Châu Thành", c, chauthanh[c]);
			if (caungang[c] != null) {
				score("Huyện Cầu Ngang", c, caungang[c]);
			}
		}
		assertThat(page.locator("#grid td.cell-saved")).hasCount(10);

		page.locator("#finalise-confirmed").check();
		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn tất")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã hoàn tất đợt chấm điểm.");
		assertThat(page.locator("#review-status")).hasText("Đã chốt kết quả");
		assertThat(page.locator("#grid")).hasCount(0);
		Locator rows = page.locator("#ranking-table tbody tr");
		assertThat(rows).hasCount(2);
		assertThat(rows.nth(0).locator("td"))
			.containsText(new String[] { "1", "Huyện Châu Thành", "91", "3", "0", "94", "Xuất sắc" });
		assertThat(rows.nth(1).locator("td"))
			.containsText(new String[] { "2", "Huyện Cầu Ngang", "83", "2", "1", "84", "Tốt" });
		assertThat(jdbc.sql("select reason from review_score where review_id = ? and points = 17")
			.param(review.reviewId())
			.query(String.class)
			.single()).isEqualTo("Tỷ lệ hộ nghèo giảm chưa đạt kế hoạch");
	}

	@Test
	void aSavedCellRefreshesTheRankingTheHeatMapAndTheCellsLeftAndAReasonTypedFirstIsKept() {
		workflow.selfAssess(review.reviewId(), review.unit("TV-CN"), review.points(26, 19), Map.of(),
				users.current("reporter.tv-cn"));
		signIn("leader.tv-ct");
		page.navigate(url("/reviews/" + review.reviewId()));
		page.evaluate("() => { window.sameDocument = true; }");
		assertThat(page.locator("#cells-left")).hasText("Còn 10 ô chưa chấm điểm.");
		Locator chauthanh = page.locator("#ranking-table tbody tr[data-unit='TV-CT'] td");
		assertThat(chauthanh.nth(5)).hasText("0");
		Locator heat = page.locator("#heatmap-table tbody tr").nth(0).locator("td").nth(1);
		assertThat(heat).hasText("—");

		score("Huyện Châu Thành", 0, "28");

		assertThat(page.locator("#cells-left")).hasText("Còn 9 ô chưa chấm điểm.");
		assertThat(chauthanh.nth(5)).hasText("28");
		assertThat(heat).hasText("28");
		assertThat(heat).hasClass(Pattern.compile("\\blevel-ok\\b"));

		List<String> saves = new ArrayList<>();
		page.onRequest(request -> {
			if (request.url().endsWith("/scores")) {
				saves.add(request.postData());
			}
		});
		Locator reason = reasonOf("Huyện Cầu Ngang", 1);
		reason.fill("Tỷ lệ hộ nghèo giảm chưa đạt kế hoạch");
		score("Huyện Cầu Ngang", 1, "17");

		assertThat(saves).as("the reason alone is not sent, it goes with the score").hasSize(1);
		assertThat(reason).hasValue("Tỷ lệ hộ nghèo giảm chưa đạt kế hoạch");
		assertThat(cell("Huyện Cầu Ngang", 1)).hasValue("17");
		assertThat(page.locator("#cells-left")).hasText("Còn 8 ô chưa chấm điểm.");
		assertThat(page.locator("#ranking-table tbody tr[data-unit='TV-CN'] td").nth(5)).hasText("17");
		assertThat(jdbc.sql("select reason from review_score where review_id = ? and points = 17")
			.param(review.reviewId())
			.query(String.class)
			.single()).isEqualTo("Tỷ lệ hộ nghèo giảm chưa đạt kế hoạch");
		assertThat(page.evaluate("() => window.sameDocument === true")).isEqualTo(true);
	}

	@Test
	void aReasonTypedWhileTheScoreIsBeingSavedIsKeptAndSaved() {
		workflow.selfAssess(review.reviewId(), review.unit("TV-CN"), review.points(26, 19), Map.of(),
				users.current("reporter.tv-cn"));
		signIn("leader.tv-ct");
		page.navigate(url("/reviews/" + review.reviewId()));
		List<Route> held = new ArrayList<>();
		page.route("**/scores", held::add);

		leave(cell("Huyện Cầu Ngang", 1), "17");
		page.waitForCondition(() -> !held.isEmpty());
		Locator reason = reasonOf("Huyện Cầu Ngang", 1);
		assertThat(reason).isFocused();
		reason.fill("Tỷ lệ hộ nghèo giảm chưa đạt kế hoạch");
		page.unroute("**/scores");
		held.getFirst().resume();

		assertThat(saved("Huyện Cầu Ngang", 1)).isVisible();
		assertThat(reason).hasValue("Tỷ lệ hộ nghèo giảm chưa đạt kế hoạch");
		assertThat(jdbc.sql("select reason from review_score where review_id = ? and points = 17")
			.param(review.reviewId())
			.query(String.class)
			.single()).isEqualTo("Tỷ lệ hộ nghèo giảm chưa đạt kế hoạch");
	}

	@Test
	void withoutJavaScriptTheLeaderSavesTheWholeGridAndSeesWhichCellsWereRefused() {
		BrowserContext withoutScripts = context.browser()
			.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setJavaScriptEnabled(false));
		context.close();
		context = withoutScripts;
		page = context.newPage();
		signIn("leader.tv-ct");
		page.navigate(url("/reviews/" + review.reviewId()));

		cell("Huyện Châu Thành", 0).fill("27,5");
		cell("Huyện Cầu Ngang", 1).fill("25");
		cell("Huyện Cầu Ngang", 4).fill("1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu toàn bộ bảng điểm")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Đã lưu 2 ô; 1 ô chưa lưu được, xem lỗi trong từng ô.");
		assertThat(cell("Huyện Cầu Ngang", 1)).hasAccessibleDescription("Điểm phải từ 0 đến 20.");
		assertThat(cell("Huyện Cầu Ngang", 1)).hasValue("25");
		assertThat(cell("Huyện Châu Thành", 0)).hasValue("27,5");
		assertThat(storedScores()).isEqualTo(2);

		cell("Huyện Cầu Ngang", 1).fill("19");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu toàn bộ bảng điểm")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu 1 ô điểm.");
		assertThat(cell("Huyện Cầu Ngang", 1)).hasValue("19");
		assertThat(storedScores()).isEqualTo(3);
	}

	private void selfAssess(String... points) {
		for (int c = 0; c < points.length; c++) {
			page.getByLabel(CRITERIA[c], new Page.GetByLabelOptions().setExact(true)).fill(points[c]);
		}
	}

	private void saveSelfAssessment() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản tự đánh giá")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu bản tự đánh giá.");
	}

	private void score(String unit, int criterion, String points) {
		leave(cell(unit, criterion), points);
		assertThat(saved(unit, criterion)).isVisible();
	}

	/** Types a value and leaves the field, as a leader moving on through the grid. */
	/** Types into a cell and leaves it, once htmx is ready to send the change. */
	private void leave(Locator field, String value) {
		page.waitForFunction("() => document.readyState === 'complete' && window.htmx !== undefined");
		field.fill(value);
		field.press("Tab");
	}

	private Locator cell(String unit, int criterion) {
		return page.getByLabel(unit + ", " + CRITERIA[criterion], new Page.GetByLabelOptions().setExact(true));
	}

	private Locator reasonOf(String unit, int criterion) {
		return page.getByLabel("Lý do chấm khác tự đánh giá: " + unit + ", " + CRITERIA[criterion]);
	}

	private Locator saved(String unit, int criterion) {
		return page.locator("#grid tr", new Page.LocatorOptions().setHasText(unit))
			.locator("td.cell-saved")
			.filter(new Locator.FilterOptions().setHas(cell(unit, criterion)));
	}

	private long storedScores() {
		return jdbc.sql("select count(*) from review_score where review_id = ?")
			.param(review.reviewId())
			.query(Long.class)
			.single();
	}

}
