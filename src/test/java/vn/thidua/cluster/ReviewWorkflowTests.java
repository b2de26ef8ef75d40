package vn.thidua.cluster;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LockWaits.Behind;
import vn.thidua.support.ReviewFixture;
import vn.thidua.support.ReviewFixture.OpenReview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.LockWaits.secondBehindFirst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules of a review: scores within the criteria's limits, a reason where the leader
 * differs from the member, the leader alone scores, members assess only themselves, a
 * finalised review is locked until its supervisor reopens it, and two people saving the
 * same cell never overwrite each other unseen. Each test opens a review of its own
 * cluster (Châu Thành leading, Cầu Ngang and Duyên Hải members).
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ReviewWorkflowTests {

	private static final String LEADER = "leader.tv-ct";

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	ReviewFixture fixture;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	TransactionTemplate transactions;

	OpenReview review;

	CurrentUser leader;

	long chauthanh;

	long caungang;

	long duyenhai;

	@BeforeEach
	void openAReview() {
		review = fixture.open(ReviewPeriod.MID_YEAR, "TV-CT", "TV-CN", "TV-DH");
		leader = users.current(LEADER);
		chauthanh = review.unit("TV-CT");
		caungang = review.unit("TV-CN");
		duyenhai = review.unit("TV-DH");
	}

	@Test
	void pointsOutOfRangeAndAPenaltyBeyondItsLimitAreRefusedAndNothingIsStored() {
		assertRefused(() -> score(caungang, 1, "30.5", null, null), "score.outOfRange", "30");
		assertRefused(() -> score(caungang, 2, "-1", null, null), "score.outOfRange", "20");
		assertRefused(() -> score(caungang, 4, "6", null, null), "score.beyondLimit", "5");
		assertRefused(() -> score(caungang, 5, "5.5", null, null), "score.beyondLimit", "5");

		assertThat(storedScores()).isZero();
		score(caungang, 1, "30", null, null);
		score(caungang, 5, "5", null, null);
		assertThat(storedScores()).isEqualTo(2);
	}

	@Test
	void aScoreThatDiffersFromTheSelfAssessmentNeedsAReason() {
		workflow.selfAssess(review.reviewId(), caungang, review.points(25), Map.of(), users.current("reporter.tv-cn"));

		assertRefused(() -> score(caungang, 1, "22", null, null), "score.reasonRequired");
		assertRefused(() -> score(caungang, 1, "22", "  ", null), "score.reasonRequired");
		assertThat(storedScores()).isZero();

		ReviewScore scored = score(caungang, 1, "22", "Thiếu minh chứng giá trị sản xuất quý II", null);
		assertThat(scored.getReason()).isEqualTo("Thiếu minh chứng giá trị sản xuất quý II");
		score(caungang, 1, "25", null, scored.getVersion());
		score(duyenhai, 1, "20", null, null);
		assertThat(storedPoints(caungang, 1)).isEqualByComparingTo("25");
	}

	@Test
	void onlyTheLeaderScores() {
		assertThatThrownBy(() -> workflow.score(review.reviewId(), caungang, review.criterion(1), BigDecimal.TEN, null,
				null, users.current("reporter.tv-cn")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workflow.score(review.reviewId(), caungang, review.criterion(1), BigDecimal.TEN, null,
				null, users.current(ReviewFixture.OFFICER)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workflow.score(review.reviewId(), caungang, review.criterion(1), BigDecimal.TEN, null,
				null, users.current("officer.nd")))
			.isInstanceOf(NotFoundException.class);

		assertThat(storedScores()).isZero();
	}

	@Test
	void membersEditOnlyTheirOwnSelfAssessment() {
		CurrentUser reporter = users.current("reporter.tv-cn");

		assertThatThrownBy(
				() -> workflow.selfAssess(review.reviewId(), duyenhai, review.points(20), Map.of(), reporter))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workflow.selfAssess(review.reviewId(), caungang, review.points(20), Map.of(), leader))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(storedAssessments()).isZero();

		assertRefused(() -> workflow.selfAssess(review.reviewId(), caungang, review.points(20, 21), Map.of(), reporter),
				"score.outOfRange", "20");
		assertThat(storedAssessments()).isZero();

		workflow.selfAssess(review.reviewId(), caungang, review.points(20, 15),
				Map.of(review.criterion(1), "Báo cáo số 12/BC-UBND"), reporter);
		workflow.selfAssess(review.reviewId(), chauthanh, review.points(28), Map.of(), leader);
		assertThat(storedAssessments()).isEqualTo(3);
		assertThat(jdbc.queryForObject(
				"select evidence from self_assessment where review_id = ? and unit_id = ? and criterion_id = ?",
				String.class, review.reviewId(), caungang, review.criterion(1)))
			.isEqualTo("Báo cáo số 12/BC-UBND");
	}

	@Test
	void aReviewIsFinalisedOnlyWhenEveryCellIsScoredAndIsThenLocked() throws Exception {
		scoreAllBut(1);

		assertRefused(() -> workflow.finalise(review.reviewId(), version(), true, leader), "review.finalise.incomplete",
				1L);
		score(duyenhai, 5, "0", null, null);
		assertThatThrownBy(() -> workflow.finalise(review.reviewId(), version(), true, users.current("reporter.tv-cn")))
			.isInstanceOf(AccessDeniedException.class);
		assertRefused(() -> workflow.finalise(review.reviewId(), version(), false, leader),
				"review.finalise.unconfirmed");
		assertThat(workflow.sheet(review.reviewId(), leader).review().isOpen()).as("unconfirmed, still open").isTrue();
		Review finalised = workflow.finalise(review.reviewId(), version(), true, leader);

		assertThat(finalised.getStatus()).isEqualTo(ReviewStatus.FINALISED);
		assertThat(finalised.getFinalisedBy()).isEqualTo(LEADER);
		long version = storedVersion(caungang, 1);
		assertRefused(() -> score(caungang, 1, "10", null, version), "review.locked");
		assertRefused(() -> workflow.selfAssess(review.reviewId(), caungang, review.points(10), Map.of(),
				users.current("reporter.tv-cn")), "review.locked");
		assertThat(storedPoints(caungang, 1)).isEqualByComparingTo("20");
		mvc.perform(get("/reviews/{id}", review.reviewId()).with(users.as(LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hoàn tất bởi " + leader.fullName())))
			.andExpect(content().string(not(containsString("Hoàn tất bởi " + LEADER))));
	}

	@Test
	void aScoreBehindTheFinalisationIsRefusedAndTheConfirmedRankingStands() throws Exception {
		scoreAllBut(0);
		long seen = storedVersion(caungang, 1);
		Behind<ReviewScore> scoring = secondBehindFirst(transactions, jdbcClient,
				() -> workflow.finalise(review.reviewId(), version(), true, leader),
				() -> workflow.score(review.reviewId(), caungang, review.criterion(1), new BigDecimal("29"),
						"Bổ sung minh chứng", seen, leader));

		assertThat(scoring.waited()).as("the cell waits for the finalisation").isTrue();
		assertThatThrownBy(scoring.outcome()::get).cause().hasFieldOrPropertyWithValue("messageKey", "review.locked");

		assertThat(storedPoints(caungang, 1)).isEqualByComparingTo("20");
	}

	@Test
	void onlyTheSupervisorReopensAFinalisedReviewAndTheAuditLogKeepsIt() {
		assertRefused(() -> workflow.reopen(review.reviewId(), version(), users.current(ReviewFixture.OFFICER)),
				"review.reopen.notFinalised");
		scoreAllBut(0);
		workflow.finalise(review.reviewId(), version(), true, leader);

		assertThatThrownBy(() -> workflow.reopen(review.reviewId(), version(), leader))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workflow.reopen(review.reviewId(), version(), users.current("reporter.tv-cn")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workflow.reopen(review.reviewId(), version(), users.current("officer.nd")))
			.isInstanceOf(NotFoundException.class);
		Review reopened = workflow.reopen(review.reviewId(), version(), users.current(ReviewFixture.OFFICER));

		assertThat(reopened.getStatus()).isEqualTo(ReviewStatus.OPEN);
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_entry where entity_type = 'Review' and entity_id = ? and action = 'UPDATE'
				  and changes -> 'status' ->> 'old' = 'FINALISED' and changes -> 'status' ->> 'new' = 'OPEN'
				""", Long.class, String.valueOf(review.reviewId()))).isEqualTo(1);
		score(caungang, 1, "19", null, storedVersion(caungang, 1));
	}

	@Test
	void twoOfficersOfTheLeaderUnitSavingTheSameCellDoNotOverwriteEachOther() {
		CurrentUser first = leader;
		CurrentUser second = new CurrentUser(0, "test.tv-ct", "Cán bộ Châu Thành", chauthanh, Set.of(Role.OFFICER));
		long seen = score(caungang, 1, "20", null, null).getVersion();

		workflow.score(review.reviewId(), caungang, review.criterion(1), new BigDecimal("24"), null, seen, first);
		assertThatThrownBy(() -> workflow.score(review.reviewId(), caungang, review.criterion(1), new BigDecimal("26"),
				null, seen, second))
			.isInstanceOf(StaleEditException.class);
		assertThat(storedPoints(caungang, 1)).isEqualByComparingTo("24");

		ReviewScore retried = workflow.score(review.reviewId(), caungang, review.criterion(1), new BigDecimal("26"),
				null, storedVersion(caungang, 1), second);
		assertThat(retried.getPoints()).isEqualByComparingTo("26");
		assertThat(storedPoints(caungang, 1)).isEqualByComparingTo("26");
		assertThat(jdbc.queryForObject(
				"select entered_by from review_score where review_id = ? and unit_id = ? and criterion_id = ?",
				String.class, review.reviewId(), caungang, review.criterion(1)))
			.isEqualTo("test.tv-ct");
	}

	@Test
	void twoSavesOfTheSameCellAtTheSameTimeKeepOneValueAndRefuseTheOther() throws Exception {
		long seen = score(caungang, 2, "10", null, null).getVersion();
		CurrentUser second = new CurrentUser(0, "test.tv-ct", "Cán bộ Châu Thành", chauthanh, Set.of(Role.OFFICER));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<BigDecimal>> saves = new ArrayList<>();
			for (var attempt : List.of(Map.entry(leader, "15"), Map.entry(second, "18"))) {
				saves.add(pool.submit(() -> {
					start.await();
					return workflow
						.score(review.reviewId(), caungang, review.criterion(2), new BigDecimal(attempt.getValue()),
								null, seen, attempt.getKey())
						.getPoints();
				}));
			}
			start.countDown();
			List<BigDecimal> saved = new ArrayList<>();
			int refused = 0;
			for (Future<BigDecimal> save : saves) {
				try {
					saved.add(save.get(30, TimeUnit.SECONDS));
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOfAny(StaleEditException.class,
							ObjectOptimisticLockingFailureException.class);
					refused++;
				}
			}
			assertThat(saved).hasSize(1);
			assertThat(refused).isEqualTo(1);
			assertThat(storedPoints(caungang, 2)).isEqualByComparingTo(saved.getFirst());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theCellEndpointAnswersAStaleSaveWithTheOtherValueAndKeepsWhatWasTyped() throws Exception {
		score(caungang, 1, "15", null, null);

		mvc.perform(post("/reviews/{id}/scores", review.reviewId()).header("HX-Request", "true")
			.param("unitId", String.valueOf(caungang))
			.param("criterionId", String.valueOf(review.criterion(1)))
			.param("points", "18")
			.param("reason", "")
			.param("version", "")
			.with(users.as(LEADER))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ô này vừa được người khác lưu (15 điểm); hãy xem lại.")))
			.andExpect(content().string(containsString("value=\"18\"")))
			.andExpect(
					content().string(containsString("name=\"version\" value=\"" + storedVersion(caungang, 1) + "\"")))
			.andExpect(content().string(not(containsString("<html"))));

		assertThat(storedPoints(caungang, 1)).isEqualByComparingTo("15");
	}

	private ReviewScore score(long unitId, int criterion, String points, String reason, Long version) {
		return workflow.score(review.reviewId(), unitId, review.criterion(criterion), new BigDecimal(points), reason,
				version, leader);
	}

	/** Scores every cell of the three members, but leaves the last ones empty. */
	private void scoreAllBut(int missing) {
		double[][] table = { { 20, 15, 12, 2, 0 }, { 25, 18, 14, 3, 1 }, { 27, 19, 13, 1, 0 } };
		long[] members = { caungang, chauthanh, duyenhai };
		int cells = members.length * table[0].length - missing;
		for (int i = 0; i < cells; i++) {
			int member = i / table[0].length;
			int criterion = i % table[0].length;
			score(members[member], criterion + 1, String.valueOf(table[member][criterion]), null, null);
		}
	}

	private void assertRefused(ThrowingCallable call, String key, Object... args) {
		assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleViolation.class, refusal -> {
			assertThat(refusal.messageKey()).isEqualTo(key);
			if (args.length > 0) {
				assertThat(refusal.args()).containsExactly(args);
			}
		});
	}

	private long version() {
		return jdbc.queryForObject("select version from review where id = ?", Long.class, review.reviewId());
	}

	private long storedScores() {
		return jdbc.queryForObject("select count(*) from review_score where review_id = ?", Long.class,
				review.reviewId());
	}

	private long storedAssessments() {
		return jdbc.queryForObject("select count(*) from self_assessment where review_id = ?", Long.class,
				review.reviewId());
	}

	private BigDecimal storedPoints(long unitId, int criterion) {
		return jdbc.queryForObject(
				"select points from review_score where review_id = ? and unit_id = ? and criterion_id = ?",
				BigDecimal.class, review.reviewId(), unitId, review.criterion(criterion));
	}

	private long storedVersion(long unitId, int criterion) {
		return jdbc.queryForObject(
				"select version from review_score where review_id = ? and unit_id = ? and criterion_id = ?", Long.class,
				review.reviewId(), unitId, review.criterion(criterion));
	}

}
