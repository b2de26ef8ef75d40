package vn.thidua.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.movement.DuePeriod;
import vn.thidua.movement.ProgressReport;
import vn.thidua.movement.ProgressReporting;
import vn.thidua.proposal.BoardSession;
import vn.thidua.proposal.BoardVoting;
import vn.thidua.proposal.Ballot;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalReview;
import vn.thidua.shared.due.DueItem;
import vn.thidua.shared.due.DueKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.DueFixture;
import vn.thidua.support.DueFixture.Place;
import vn.thidua.support.DueFixture.Running;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.QueryCount;
import vn.thidua.support.ReviewFixture;
import vn.thidua.support.ReviewFixture.OpenReview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's items from each module, with data of the test's own: overdue first, the
 * fourteen-day window, and nothing of another unit.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER", "UNIT_REPORTER", "CLUSTER_LEADER", "BOARD_MEMBER", "BOARD_CHAIR" })
class DashboardTests {

	private static final int ALL = 5000;

	@Autowired
	Dashboard dashboard;

	@Autowired
	DueFixture due;

	@Autowired
	ReviewFixture reviews;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	ProposalFixture proposals;

	@Autowired
	ProposalReview proposalReview;

	@Autowired
	BoardVoting voting;

	@Autowired
	ProgressReporting reporting;

	@Autowired
	WorldUsers users;

	@Autowired
	MockMvc mvc;

	@Test
	void aUnitSeesItsOwnReportsOverdueOldestFirstAndNeverAnotherUnits() {
		Place mine = due.commune("Xã Nhắc Việc", null);
		Place theirs = due.commune("Xã Bên Cạnh", null);
		Running movement = due.quarterly("Phong trào nhắc việc", List.of(mine.code(), theirs.code()), null);
		LocalDate today = due.today();
		List<DuePeriod> overdue = due.pastDue(movement)
			.stream()
			.filter(period -> !period.dueOn().isBefore(today.minusYears(1)))
			.toList();

		List<DueItem> items = of(movement, mine);

		assertThat(items).isNotEmpty()
			.allMatch(item -> item.kind() == DueKind.PROGRESS_REPORT)
			.allMatch(item -> item.link().contains("/units/" + mine.unitId() + "/reports/"))
			.allMatch(item -> !item.dueOn().isAfter(today.plusDays(DueSection.SOON_DAYS)))
			.isSortedAccordingTo(Comparator.comparing(DueItem::dueOn));
		assertThat(items.stream().filter(item -> item.dueOn().isBefore(today)).map(DueItem::dueOn))
			.containsExactlyElementsOf(overdue.stream().map(DuePeriod::dueOn).toList());
		assertThat(of(movement, theirs)).allMatch(item -> item.link().contains("/units/" + theirs.unitId() + "/"));
		List<DueLine> shown = section(mine, DueSection.OVERDUE);
		assertThat(shown).hasSize(Math.min(Dashboard.SHOWN, overdue.size()));
		assertThat(shown.getFirst().item().dueOn()).isEqualTo(overdue.getFirst().dueOn());
		assertThat(shown.getFirst().daysLeft()).isNegative();

		ProgressReport sent = due.report(movement, mine, overdue.getFirst());

		assertThat(of(movement, mine)).extracting(DueItem::dueOn).doesNotContain(overdue.getFirst().dueOn());
		assertThat(of(movement, theirs)).extracting(DueItem::dueOn).contains(overdue.getFirst().dueOn());

		reporting.giveBack(sent.getId(), sent.getVersion(), "Thiếu số liệu quý, đề nghị bổ sung.",
				users.current(DueFixture.OFFICE));

		assertThat(section(mine, DueSection.RETURNED)).extracting(line -> line.item().kind())
			.containsExactly(DueKind.REPORT_RETURNED);
	}

	@Test
	void theLaunchingOfficeSeesUnitsLateAndReportsWaitingForReview() {
		Place mine = due.commune("Xã Chậm Báo Cáo", null);
		Running movement = due.quarterly("Phong trào chậm báo cáo", List.of(mine.code()), null);
		DuePeriod latest = due.pastDue(movement).getLast();
		CurrentUser office = users.current(DueFixture.OFFICE);

		assertThat(keys(office))
			.contains("REPORTS_LATE:" + movement.id() + ":" + latest.year() + ":" + latest.period());
		assertThat(keys(users.current("officer.nd"))).noneMatch(key -> key.contains(":" + movement.id() + ":"));

		ProgressReport sent = due.report(movement, mine, latest);

		assertThat(keys(office)).contains("REPORTS_TO_REVIEW:" + movement.id() + ":" + sent.getId())
			.doesNotContain("REPORTS_LATE:" + movement.id() + ":" + latest.year() + ":" + latest.period());
	}

	@Test
	void aRegistrationClosingWithinFourteenDaysShowsAndALaterOneDoesNot() {
		Place member = due.commune("Xã Tham Gia", null);
		Place other = due.commune("Xã Chưa Đăng Ký", null);
		LocalDate today = due.today();
		Running closing = due.quarterly("Phong trào sắp hết hạn đăng ký", List.of(member.code()), today.plusDays(14));
		Running later = due.quarterly("Phong trào còn lâu mới hết hạn", List.of(member.code()), today.plusDays(15));

		List<String> keys = keys(other.user(users));

		assertThat(keys).contains("REGISTRATION:" + closing.id() + ":" + other.unitId())
			.doesNotContain("REGISTRATION:" + later.id() + ":" + other.unitId());
		assertThat(keys(member.user(users))).noneMatch(key -> key.startsWith("REGISTRATION:" + closing.id() + ":"));
		assertThat(keys(users.current("officer.nd"))).noneMatch(key -> key.startsWith("REGISTRATION:" + closing.id()));
	}

	@Test
	void reviewsDueWithinFourteenDaysShowOverdueFirstToTheirMembersOnly() {
		Place mine = due.commune("Xã Tự Chấm", null);
		Place outsider = due.commune("Xã Ngoài Cụm", null);
		LocalDate today = due.today();
		OpenReview late = reviews.open(ReviewPeriod.MID_YEAR, today.minusDays(3), "TV-CT", mine.code());
		OpenReview soon = reviews.open(ReviewPeriod.MID_YEAR, today.plusDays(14), "TV-CT", mine.code());
		OpenReview later = reviews.open(ReviewPeriod.MID_YEAR, today.plusDays(15), "TV-CT", mine.code());
		String lateKey = "SELF_ASSESSMENT:" + late.reviewId() + ":" + mine.unitId();
		String soonKey = "SELF_ASSESSMENT:" + soon.reviewId() + ":" + mine.unitId();

		assertThat(keys(mine.user(users))).containsSubsequence(lateKey, soonKey)
			.doesNotContain("SELF_ASSESSMENT:" + later.reviewId() + ":" + mine.unitId());
		assertThat(section(mine, DueSection.OVERDUE)).extracting(line -> line.item().key()).containsExactly(lateKey);
		assertThat(keys(outsider.user(users))).noneMatch(key -> key.startsWith("SELF_ASSESSMENT:" + late.reviewId()));
		assertThat(keys(users.current("leader.tv-ct"))).contains("REVIEW_SCORING:" + late.reviewId(),
				"REVIEW_SCORING:" + soon.reviewId());

		workflow.selfAssess(late.reviewId(), mine.unitId(), late.points(25, 15, 40), Map.of(), mine.user(users));

		assertThat(keys(mine.user(users))).doesNotContain(lateKey);

		workflow.returnSelfAssessment(late.reviewId(), mine.unitId(), late.criterion(1), "Chưa có minh chứng.",
				users.current("leader.tv-ct"));

		assertThat(section(mine, DueSection.RETURNED)).extracting(line -> line.item().key())
			.containsExactly("SELF_ASSESSMENT_RETURNED:" + late.reviewId() + ":" + mine.unitId());
	}

	@Test
	void proposalsWaitForTheOfficeTheBoardAndTheChairAndReturnedOnesForTheirUnit() {
		Proposal submitted = proposals.submitted(ProposalFixture.unique("Đề nghị chờ thẩm định"),
				List.of(proposals.eligible(ProposalFixture.unique("Nguyễn Văn Chờ"))));
		Proposal atBoard = proposals.atBoard(ProposalFixture.unique("Đề nghị chờ biểu quyết"),
				List.of(proposals.eligible(ProposalFixture.unique("Trần Thị Phiếu"))));
		BoardSession session = proposals.session(atBoard);
		Proposal voted = proposals.voted(ProposalFixture.unique("Đề nghị chờ quyết định"),
				List.of(proposals.eligible(ProposalFixture.unique("Lê Văn Ký"))));
		String vote = "VOTE:" + atBoard.getId() + ":" + session.getId();

		assertThat(keys(users.current(ProposalFixture.OFFICE))).contains("APPRAISAL:" + submitted.getId(),
				"BOARD_SESSION:" + atBoard.getId());
		assertThat(keys(users.current("member.tv"))).contains(vote).doesNotContain("DECISION:" + voted.getId());
		assertThat(keys(users.current(ProposalFixture.CHAIR))).contains(vote, "DECISION:" + voted.getId());
		assertThat(keys(users.current("officer.nd")))
			.noneMatch(key -> key.endsWith(":" + submitted.getId()) || key.contains(":" + atBoard.getId() + ":"));

		voting.vote(session.getId(), proposals.ballots(atBoard, Ballot.AGREE), true, users.current("member.tv"));

		assertThat(keys(users.current("member.tv"))).doesNotContain(vote);

		CurrentUser office = users.current(ProposalFixture.OFFICE);
		Proposal appraised = proposalReview.startAppraisal(submitted.getId(), submitted.getVersion(), office);
		proposalReview.returnLine(proposals.lines(appraised).getFirst().getId(), "Bổ sung báo cáo thành tích.", office);
		proposalReview.sendBack(submitted.getId(), proposals.current(submitted.getId()).getVersion(), null, office);

		assertThat(keys(users.current(ProposalFixture.PROPOSER)))
			.anyMatch(key -> key.startsWith("PROPOSAL_RETURNED:" + submitted.getId() + ":"));
	}

	@Test
	void theHomePageCostsTheSameStatementsForOneOrManyItems() throws Exception {
		Place mine = due.commune("Xã Đếm Truy Vấn", null);
		due.quarterly("Phong trào đếm truy vấn 1", List.of(mine.code()), null);
		reviews.open(ReviewPeriod.MID_YEAR, due.today().plusDays(3), "TV-CT", mine.code());
		long withFew = homeStatements(mine);

		for (int i = 2; i <= 4; i++) {
			due.quarterly("Phong trào đếm truy vấn " + i, List.of(mine.code()), null);
			reviews.open(ReviewPeriod.YEAR_END, due.today().plusDays(i), "TV-CT", mine.code());
		}
		long withMany = homeStatements(mine);

		assertThat(section(mine, DueSection.OVERDUE)).hasSize(Dashboard.SHOWN);
		assertThat(withFew).isPositive();
		assertThat(withMany).isEqualTo(withFew).isLessThanOrEqualTo(25);
	}

	@Test
	void aSectionsOwnPageIsHeadedWithItsName() throws Exception {
		Place place = due.commune("Xã Trang Riêng", null);
		mvc.perform(get("/due/OVERDUE").with(users.as(place.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"h3\">Quá hạn</h1>")))
			.andExpect(content().string(containsString("Không có việc quá hạn.")))
			.andExpect(content().string(not(containsString("??"))));
	}

	private long homeStatements(Place place) throws Exception {
		var signedIn = TestSecurityContextHolder.getContext().getAuthentication();
		QueryCount.reset();
		mvc.perform(get("/").with(users.as(place.username()))).andExpect(status().isOk());
		long total = QueryCount.total();
		TestSecurityContextHolder.setAuthentication(signedIn);
		return total;
	}

	@Test
	void theHomePageReadsTheUnitTheSectionsAndTheOwnProposalsTogether() {
		Place mine = due.commune("Xã Trang Chủ", null);
		Running movement = due.quarterly("Phong trào trang chủ", List.of(mine.code()), null);

		CurrentUser officer = mine.user(users);
		QueryCount.reset();
		HomePage page = dashboard.homePage(officer);

		// the unit; the reviews to score and to self-assess; the unit's reports with
		// what it filed, registrations, movements it leads, reports to review; the
		// proposals waiting for the office, those returned; the unit's own proposals
		assertThat(QueryCount.total()).isEqualTo(1 + 1 + 4 + 2 + 1);
		assertThat(page.unit().id()).isEqualTo(mine.unitId());
		assertThat(page.unit().name()).isEqualTo(mine.name());
		assertThat(page.sections()).extracting(SectionView::section).containsExactly(DueSection.values());
		assertThat(page.sections()).flatExtracting(SectionView::lines)
			.extracting(line -> line.item().link())
			.anyMatch(link -> link.startsWith("/movements/" + movement.id() + "/units/" + mine.unitId() + "/"));
		assertThat(page.ownProposals()).isEmpty();
	}

	private List<DueItem> of(Running movement, Place place) {
		return dashboard.dueItems(place.user(users), due.today(), ALL)
			.stream()
			.filter(item -> item.link().startsWith("/movements/" + movement.id() + "/"))
			.toList();
	}

	private List<String> keys(CurrentUser user) {
		return dashboard.dueItems(user, due.today(), ALL).stream().map(DueItem::key).toList();
	}

	private List<DueLine> section(Place place, DueSection section) {
		return dashboard.home(place.user(users))
			.stream()
			.filter(view -> view.section() == section)
			.findFirst()
			.orElseThrow()
			.lines();
	}

}
