package vn.thidua.browser;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.proposal.Proposal;
import vn.thidua.shared.security.Role;
import vn.thidua.support.DueFixture;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.ReviewFixture;
import vn.thidua.support.ReviewFixture.OpenReview;
import vn.thidua.support.TreeFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Each role's routine job from its home page, counting the clicks against the job's
 * budget ({@link RoutineJob}) and taking the user guide's screenshots on the way. The
 * data is the test's own, built by the fixtures.
 */
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class GuideBrowserTests extends BrowserTest {

	private static final FilePayload PDF = new FilePayload("to-trinh.pdf", "application/pdf", ProposalFixture.PDF);

	@Autowired
	TreeFixture tree;

	@Autowired
	DueFixture due;

	@Autowired
	ProposalFixture proposals;

	@Autowired
	ReviewFixture reviews;

	@Test
	void anOfficerLaunchesAMovementWithItsParticipants() {
		String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
		String name = "Dân vận khéo " + suffix;
		String code = "DVK-" + suffix;
		signIn("officer.tv");
		Journey job = new Journey(page, RoutineJob.OFFICER_LAUNCHES_MOVEMENT);

		job.click(navbar("Phong trào"));
		job.click(link("Phát động phong trào"));
		page.getByLabel("Tên phong trào").fill(name);
		page.getByLabel("Mã phong trào").fill(code);
		page.getByLabel("Số kế hoạch").fill("12/KH-UBND");
		page.getByLabel("Ngày ban hành kế hoạch").fill("20/12/2024");
		page.getByLabel("Từ ngày").fill("01/01/2025");
		page.getByLabel("Đến ngày").fill("31/12/2025");
		page.getByLabel("Đơn vị phát động").fill("TV");
		page.getByLabel("Cấp phát động").fill("UBND tỉnh Trà Vinh");
		page.getByLabel("Đơn vị chủ trì").fill("TV");
		job.select(page.getByLabel("Kỳ báo cáo tiến độ"), "6 tháng một lần");
		job.shot("officer-movement-new", page.locator("main"));
		job.click(button("Lưu"));

		page.getByLabel("Lĩnh vực").fill("Kinh tế");
		page.getByLabel("Chỉ tiêu", new Page.GetByLabelOptions().setExact(true)).fill("Tổng giá trị sản xuất");
		job.select(page.getByLabel("Loại"), "Định lượng");
		page.getByLabel("Đơn vị tính").fill("tỷ đồng");
		page.getByLabel("Kế hoạch", new Page.GetByLabelOptions().setExact(true)).fill("72.580");
		job.click(button("Thêm chỉ tiêu"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm chỉ tiêu Tổng giá trị sản xuất.");
		job.shot("officer-movement-targets", page.locator("main"));

		job.click(link("Đơn vị tham gia"));
		page.getByLabel("Mã đơn vị (nhiều mã cách nhau bởi dấu phẩy)").fill("TV-CN, TV-DH");
		job.click(button("Thêm"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm 2 đơn vị tham gia.");
		job.shot("officer-movement-participants", page.locator("main"));

		job.click(page.locator(".breadcrumb").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code)));
		Locator launch = page.locator("#step-LAUNCHED");
		launch.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true)).fill("05/01/2025");
		job.check(launch.locator("input[name=confirmed]"));
		job.clickConfirmed(launch.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Phát động")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã phát động phong trào " + name + ".");
		job.shot("officer-movement-launched", page.locator("#content"));
		job.finish();
	}

	@Test
	void anOfficerDraftsAndSubmitsAProposal() {
		String family = "Hướng" + Long.toString(System.nanoTime(), 36);
		proposals.eligible("Nguyễn Thị " + family + " An");
		proposals.eligible("Trần Văn " + family + " Bình");
		signIn(ProposalFixture.PROPOSER);
		Journey job = new Journey(page, RoutineJob.OFFICER_SUBMITS_PROPOSAL);

		job.click(navbar("Đề nghị khen thưởng"));
		job.click(link("Lập tờ trình đề nghị"));
		page.getByLabel("Tên đề nghị").fill("Đề nghị tặng Bằng khen năm 2025 " + family);
		page.getByLabel("Năm").fill("2025");
		job.select(page.getByLabel("Cấp quyết định"), "Tỉnh Trà Vinh");
		job.shot("officer-proposal-new", page.locator("main"));
		job.click(button("Lưu"));

		job.click(link("Thêm đề nghị"));
		page.locator("#q").fill(family.toLowerCase());
		job.click(button("Tìm"));
		for (Locator box : page.locator("#people-form input[type=checkbox]").all()) {
			job.check(box);
		}
		job.choose(page.locator("#people-type"), "BK_TINH");
		page.locator("#people-achievement").fill("Hoàn thành xuất sắc nhiệm vụ hai năm liền, dẫn đầu phong trào.");
		job.click(page.locator("#add-people"));
		assertThat(page.locator("#outcomes")).hasText("2 dòng: 2 đủ điều kiện, 0 cảnh báo, 0 không đủ điều kiện.");
		job.shot("officer-proposal-lines", page.locator("#lines"));

		job.choose(page.locator("#document-kind"), "COVER_LETTER");
		job.upload(page.locator("#document-file"), PDF);
		job.click(page.locator("#document-form button"));
		assertThat(page.locator("#dossier")).containsText("to-trinh.pdf");
		page.locator("#members").fill("7");
		page.locator("#present").fill("7");
		page.locator("#agree").fill("6");
		job.upload(page.locator("#council-file"), PDF);
		job.click(page.locator("#council-form button"));
		assertThat(page.locator("#dossier")).containsText("Hội đồng của đơn vị: 7 thành viên, 7 có mặt, 6 tán thành.");
		job.shot("officer-proposal-dossier", page.locator("#dossier"));
		job.click(page.locator("#submit"));
		assertThat(page.locator("#status")).hasText("Đã trình");
		job.shot("officer-proposal-submitted", page.locator("#content"));
		job.finish();
	}

	@Test
	void aReporterSendsTheProgressReportTheHomePageAsksFor() {
		DueFixture.Place place = due.commune("Xã Hướng Dẫn", null);
		String name = "Bình dân học vụ số " + Long.toString(System.nanoTime(), 36);
		due.quarterly(name, List.of(place.code()), null);
		String reporter = "baocao." + place.code().toLowerCase();
		tree.account(reporter, place.code(), Role.UNIT_REPORTER);
		signIn(reporter, TreeFixture.PASSWORD);
		Journey job = new Journey(page, RoutineJob.REPORTER_REPORTS_PROGRESS);

		Locator overdue = page.locator("#due-overdue .due-line").filter(new Locator.FilterOptions().setHasText(name));
		assertThat(overdue.first()).isVisible();
		job.shot("reporter-home", page.locator("#due"));
		job.click(overdue.first());
		page.getByLabel("Số người được phổ cập kỹ năng số").fill("420");
		job.shot("reporter-report-form", page.locator("main"));
		job.click(button("Gửi báo cáo"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã gửi báo cáo tiến độ.");
		job.shot("reporter-report-sent", page.locator("#content"));
		job.finish();
	}

	@Test
	void aClusterLeaderScoresTheReviewAndFinalisesIt() {
		OpenReview review = reviews.open(ReviewPeriod.MID_YEAR, ProposalFixture.today().plusDays(7), "TV-CT", "TV-CN");
		signIn("leader.tv-ct");
		Journey job = new Journey(page, RoutineJob.LEADER_SCORES_REVIEW);

		Locator line = page.locator("a.due-line[href='/reviews/" + review.reviewId() + "']");
		job.shot("leader-home", page.locator("#due"));
		job.click(line);
		page.waitForFunction("() => document.readyState === 'complete' && window.htmx !== undefined");
		String[] criteria = { "Hoàn thành chỉ tiêu tổng giá trị sản xuất", "Giảm nghèo, bảo đảm an sinh xã hội",
				"Tổ chức phong trào thi đua, nhân rộng điển hình", "Mô hình mới, cách làm hay", "Chậm gửi báo cáo" };
		String[][] points = { { "28", "18", "45", "3", "0" }, { "26", "17", "40", "2", "1" } };
		String[] units = { "Huyện Châu Thành", "Huyện Cầu Ngang" };
		for (int u = 0; u < units.length; u++) {
			for (int c = 0; c < criteria.length; c++) {
				Locator cell = page.getByLabel(units[u] + ", " + criteria[c],
						new Page.GetByLabelOptions().setExact(true));
				cell.fill(points[u][c]);
				cell.press("Tab");
			}
		}
		assertThat(page.locator("#grid td.cell-saved")).hasCount(10);
		job.shot("leader-grid", page.locator("#grid"));
		job.check(page.locator("#finalise-confirmed"));
		job.clickConfirmed(button("Hoàn tất"));
		assertThat(page.locator("#review-status")).hasText("Đã chốt kết quả");
		job.shot("leader-ranking", page.locator("#ranking-table"));
		job.finish();
	}

	@Test
	void aBoardMemberCastsTheBallot() {
		String family = "Hướng" + Long.toString(System.nanoTime(), 36);
		Proposal proposal = proposals.atBoard("Đề nghị tặng Bằng khen năm 2025 " + family,
				List.of(proposals.eligible("Nguyễn Thị " + family + " An"),
						proposals.eligible("Trần Văn " + family + " Bình")));
		proposals.session(proposal);
		signIn(proposals.board().getFirst().username());
		Journey job = new Journey(page, RoutineJob.MEMBER_VOTES);

		job.shot("member-home", page.locator("#due"));
		job.click(fromHome(job, "/proposals/" + proposal.getId() + "/board", "AWAITING"));
		for (Locator agree : page.locator("#ballot input[type=radio][value=AGREE]").all()) {
			job.check(agree);
		}
		job.check(page.locator("#ballot-confirmed"));
		job.shot("member-ballot", page.locator("#ballot"));
		job.clickConfirmed(page.locator("#cast"));
		assertThat(page.locator("#voted")).isVisible();
		job.shot("member-voted", page.locator("#content"));
		job.finish();
	}

	@Test
	void theChairDecidesAndIssuesTheDecision() {
		String family = "Hướng" + Long.toString(System.nanoTime(), 36);
		Proposal proposal = proposals.voted("Đề nghị tặng Bằng khen năm 2025 " + family,
				List.of(proposals.eligible("Nguyễn Thị " + family + " An"),
						proposals.eligible("Trần Văn " + family + " Bình")));
		signIn(ProposalFixture.CHAIR);
		Journey job = new Journey(page, RoutineJob.CHAIR_DECIDES);

		job.shot("chair-home", page.locator("#due"));
		job.click(fromHome(job, "/proposals/" + proposal.getId(), "AWAITING"));
		job.shot("chair-decide", page.locator("#lines"));
		job.click(page.locator("#decide"));
		assertThat(page.locator("#status")).hasText("Chủ tịch đã quyết định");
		page.locator("#number").fill(family + "/QĐ-UBND");
		page.locator("#date").fill(ProposalFixture.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		page.locator("#signer").fill("Lê Văn Hẳn");
		job.clickConfirmed(page.locator("#issue"));
		assertThat(page.locator("#status")).hasText("Đã ban hành quyết định");
		job.shot("chair-issued", page.locator("#content"));
		job.finish();
	}

	@Test
	void anAdministratorCreatesAnAccount() {
		String username = "canbo.moi." + Long.toString(System.nanoTime(), 36);
		signIn("admin");
		Journey job = new Journey(page, RoutineJob.ADMIN_CREATES_ACCOUNT);

		job.click(menuGroup("Quản trị"));
		job.click(navbar("Tài khoản"));
		job.shot("admin-accounts", page.locator("main"));
		job.click(link("Tạo tài khoản"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu ban đầu").fill("TamThoi@2026");
		page.getByLabel("Họ và tên").fill("Sơn Thị Phương");
		page.getByLabel("Mã đơn vị").fill("TV-TC");
		job.check(page.getByLabel("Cán bộ TĐKT"));
		job.shot("admin-account-form", page.locator("main"));
		job.click(button("Lưu"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã tạo tài khoản " + username);
		job.shot("admin-account-created", page.locator("#content"));
		job.finish();
	}

	@Test
	void everyUserReadsTheGuideOfTheirRoleFromTheMenuWithItsPictures() {
		signIn("reporter.tv-cn");
		page.locator("#navHelp").click();
		assertThat(page.locator("#guide h1")).hasText("Hướng dẫn sử dụng Thi Đua");
		page.locator("#my-guides").getByRole(AriaRole.LINK).click();

		assertThat(page).hasURL(url("/help/reporter"));
		assertThat(page.locator("#guide h1")).hasText("Hướng dẫn cho Người báo cáo của đơn vị");
		Locator picture = page.locator("#guide img").first();
		assertThat(picture).hasAttribute("src", "/help/images/reporter-home.png");
		page.waitForFunction("img => img.complete && img.naturalWidth > 0", picture.elementHandle());
		page.locator("#guide")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mục lục hướng dẫn"))
			.click();
		assertThat(page).hasURL(url("/help"));
	}

	/**
	 * The home page's line linking to {@code href}, in its first five or, when the
	 * section holds more, on the section's own page (one click more).
	 */
	private Locator fromHome(Journey job, String href, String section) {
		Locator line = page.locator("a.due-line[href='" + href + "']");
		if (line.count() == 0) {
			job.click(page.locator("#due-" + section.toLowerCase() + " h2 a"));
		}
		return line;
	}

	private Locator navbar(String name) {
		return page.locator("nav.app-navbar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
