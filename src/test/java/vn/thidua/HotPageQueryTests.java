package vn.thidua;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.movement.Direction;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.Period;
import vn.thidua.movement.ProgressEntry;
import vn.thidua.movement.ProgressReport;
import vn.thidua.movement.ProgressReporting;
import vn.thidua.movement.ReportingFrequency;
import vn.thidua.movement.StepRecord;
import vn.thidua.movement.Target;
import vn.thidua.movement.TargetDefinition;
import vn.thidua.movement.TargetKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.proposal.Proposal;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.QueryCount;
import vn.thidua.support.ReviewFixture;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists cost a fixed number of queries, however many rows they show: no query per row.
 */
// A context of its own: in the full suite, after other classes have run in the shared
// context, an anonymous GET /login was seen to store a session (three more statements);
// a fresh context stores none. The cause is not found yet (see the note of issue 14).
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@IntegrationTest
class HotPageQueryTests {

	private static final long MAX_QUERIES_PER_PAGE = 12;

	private static final long MAX_QUERIES_PER_DASHBOARD = 20;

	/**
	 * A report reads the registry's tallies, the movements, the clusters and the heading,
	 * checking the unit's scope for each section.
	 */
	private static final long MAX_QUERIES_PER_REPORT = 30;

	/** The units of Cụm Thi đua số 1 that report on the test world's TV-KTXH-2021. */
	private static final List<String> CLUSTER_ONE = List.of("TV-CT", "TV-CN", "TV-DH", "TV-TXDH", "TV-TC");

	private static final long MAX_QUERIES_PER_REVIEW = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewFixture reviews;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitManagement units;

	@Autowired
	UnitCatalog catalog;

	@Autowired
	MovementManagement movements;

	@Autowired
	MovementQueries movementQueries;

	@Autowired
	ProgressReporting reporting;

	@Test
	@WithMockUser(roles = "OFFICER")
	void aUnitPageCostsTheSameQueriesForThreeOrThirtyChildren() throws Exception {
		CurrentUser officer = users.current("officer.tv");
		Unit parent = units.create(catalog.findActiveByCode("TV").orElseThrow().id(),
				new UnitDetails("Q-PARENT", "Huyện Đếm Truy Vấn", UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)),
				officer);
		addChildren(parent, "Q-CHILD-", 0, 3, officer);
		long withThree = queriesFor("/units/" + parent.getId(), "officer.tv");

		addChildren(parent, "Q-CHILD-", 3, 30, officer);
		long withThirty = queriesFor("/units/" + parent.getId(), "officer.tv");

		assertThat(withThree).as("statements are counted").isPositive();
		assertThat(withThirty).isEqualTo(withThree).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
	}

	@Test
	void theAccountListAndTheAuditLogCostAFixedNumberOfQueries() throws Exception {
		assertThat(queriesFor("/accounts", "admin")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
		assertThat(queriesFor("/audit", "admin")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
		assertThat(queriesFor("/units?q=xa", "admin")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void theMovementDashboardCostsTheSameQueriesForFiveOrFortyFiveReportingUnits() throws Exception {
		long world = movementQueries.findIdByCode("TV-KTXH-2021").orElseThrow();
		long withTheWorldsUnits = queriesFor("/movements/" + world + "?year=2023", "officer.tv");

		// a copy of the world's movement, so that its own figures stay as they are
		CurrentUser officer = signIn("officer.tv");
		Movement copy = copyOfTheWorldsMovement("Q-KTXH-2021", officer);
		reportAndAccept(copy, CLUSTER_ONE, officer);
		long withFive = queriesFor("/movements/" + copy.getId() + "?year=2023", "officer.tv");

		Unit district = units.create(catalog.findActiveByCode("TV").orElseThrow().id(),
				new UnitDetails("Q-MV-D", "Huyện Đếm Phong Trào", UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)),
				officer);
		addChildren(district, "Q-MV-", 0, 40, officer);
		List<String> forty = IntStream.range(0, 40).mapToObj(i -> "Q-MV-" + i).toList();
		movements.addParticipants(copy.getId(), forty, false, officer);
		reportAndAccept(copy, forty, officer);
		long withFortyFive = queriesFor("/movements/" + copy.getId() + "?year=2023", "officer.tv");

		var standings = movementQueries.standings(movements.show(copy.getId(), officer), 2023,
				LocalDate.of(2023, 12, 31), PageRequest.of(0, 25));
		assertThat(standings.units().getTotalElements()).isEqualTo(45);
		assertThat(standings.targets()).allSatisfy(target -> assertThat(target.unitsReported()).isEqualTo(45));
		assertThat(withTheWorldsUnits).as("statements are counted").isPositive();
		assertThat(withFive).isEqualTo(withTheWorldsUnits);
		assertThat(withFortyFive).isEqualTo(withTheWorldsUnits).isLessThanOrEqualTo(MAX_QUERIES_PER_DASHBOARD);
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void theMovementListCostsAFixedNumberOfQueries() throws Exception {
		CurrentUser officer = signIn("officer.tv");
		createDraftMovements("Q-LIST-", 0, 2, officer);
		long withTwo = queriesFor("/movements?q=q-list-", "officer.tv");

		createDraftMovements("Q-LIST-", 2, 25, officer);
		long withAFullPage = queriesFor("/movements?q=q-list-", "officer.tv");

		assertThat(movementQueries.list(officer, "q-list-", null, null, PageRequest.of(0, 20)).getTotalElements())
			.isEqualTo(25);
		assertThat(withTwo).as("statements are counted").isPositive();
		assertThat(withAFullPage).isEqualTo(withTwo).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
		assertThat(queriesFor("/movements", "officer.tv")).isEqualTo(withTwo);
		assertThat(queriesFor("/movements?status=LAUNCHED&year=2023", "admin"))
			.isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
	}

	/**
	 * The statements of one page view; whoever was signed in for service calls stays so.
	 */

	@Test
	@WithMockUser(roles = "OFFICER")
	void aReviewCostsTheSameQueriesForTwoOrFiveScoredMembers() throws Exception {
		long two = scoredReview("TV-CT", "TV-CN");
		long five = scoredReview("TV-CT", "TV-CN", "TV-DH", "TV-TXDH", "TV-TC");

		for (String user : List.of("officer.tv", "leader.tv-ct")) {
			long withTwo = queriesFor("/reviews/" + two, user);
			long withFive = queriesFor("/reviews/" + five, user);
			assertThat(withTwo).as("statements are counted").isPositive();
			assertThat(withFive).as(user).isEqualTo(withTwo).isLessThanOrEqualTo(MAX_QUERIES_PER_REVIEW);
		}
	}

	@Test
	void theClusterListTheRegistryAndAPersonPageCostAFixedNumberOfQueries() throws Exception {
		assertThat(queriesFor("/clusters", "officer.tv")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
		assertThat(queriesFor("/registry", "officer.tv")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
		assertThat(queriesFor("/registry?q=thanh", "officer.tv")).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
		long person = jdbc.sql("select id from person where full_name = 'Trần Văn Dũng'").query(Long.class).single();
		// + 3 for the facts section: the scope check, the initiatives and the discipline
		// records (the revocations only when an award is revoked); + 1 for the placements
		assertThat(queriesFor("/people/" + person + "?type=BK_TTG&year=2025", "officer.tv"))
			.isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE + 10);
	}

	@Test
	void theStatisticsCostAFixedNumberOfQueries() throws Exception {
		// a whole year, a half (months) and a span of years, by form and by unit: one
		// tally each
		long year = queriesFor("/reports/awards?year=2025&unit=TV", "officer.tv");
		// + 4 when the year has clusters: their years with members, reviews, clusters and
		// scores, one statement each however many there are
		assertThat(year).isLessThanOrEqualTo(MAX_QUERIES_PER_DASHBOARD + 4);
		assertThat(queriesFor("/reports/awards?year=2025&half=FIRST&unit=TV", "officer.tv")).isEqualTo(year);
		assertThat(queriesFor("/reports/awards?year=2020&toYear=2025&unit=TV", "officer.tv")).isEqualTo(year);
		assertThat(queriesFor("/reports/awards?year=2025&unit=TV&by=UNIT", "officer.tv")).isLessThanOrEqualTo(year + 1);
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void theStatutoryReportAndTheNarrativeCostTheSameQueriesForMoreMovementsAndClusters() throws Exception {
		String statutory = "/reports/statutory?year=2025&unit=TV";
		String narrative = "/reports/narrative?year=2025&unit=TV";
		CurrentUser officer = signIn("officer.tv");
		// at least one cluster and movement of the year, so that both sections are read
		reviews.open(ReviewPeriod.YEAR_END, "TV-CT", "TV-CN");
		createDraftMovements("Q-RPT-", 0, 1, officer);
		long statutoryBefore = queriesFor(statutory, "officer.tv");
		long narrativeBefore = queriesFor(narrative, "officer.tv");

		copyOfTheWorldsMovement("Q-RPT-KTXH", officer);
		createDraftMovements("Q-RPT-", 1, 4, officer);
		reviews.open(ReviewPeriod.YEAR_END, "TV-CT", "TV-CN", "TV-DH");
		reviews.open(ReviewPeriod.YEAR_END, "TV-CT", "TV-DH", "TV-TXDH", "TV-TC");

		assertThat(statutoryBefore).as("statements are counted").isPositive();
		assertThat(queriesFor(statutory, "officer.tv")).isEqualTo(statutoryBefore)
			.isLessThanOrEqualTo(MAX_QUERIES_PER_REPORT);
		assertThat(queriesFor(narrative, "officer.tv")).isEqualTo(narrativeBefore)
			.isLessThanOrEqualTo(MAX_QUERIES_PER_REPORT);
	}

	/**
	 * The home page, with its menu and due work, for a province's officer (whose due work
	 * spans the world's movements and reviews) and for an administrator.
	 */
	@Test
	void theHomePageCostsAFixedNumberOfQueries() throws Exception {
		long officer = queriesFor("/", "officer.tv");
		assertThat(officer).as("statements are counted").isPositive().isLessThanOrEqualTo(MAX_QUERIES_PER_DASHBOARD);
		assertThat(queriesFor("/", "admin")).isLessThanOrEqualTo(MAX_QUERIES_PER_DASHBOARD);
	}

	@Test
	void theSignInPageReadsNothing() throws Exception {
		QueryCount.reset();
		mvc.perform(get("/login")).andExpect(status().isOk());
		assertThat(QueryCount.total()).isZero();
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void aProposalAndItsBoardPageCostTheSameQueriesForTwoOrTwentyLines() throws Exception {
		signIn(ProposalFixture.OFFICE);
		Proposal two = proposals.atBoard(ProposalFixture.unique("Hai dòng"), people(2));
		Proposal twenty = proposals.atBoard(ProposalFixture.unique("Hai mươi dòng"), people(20));
		proposals.session(two);
		proposals.session(twenty);

		for (String page : List.of("", "/board", "/minutes")) {
			long forTwo = queriesFor("/proposals/" + two.getId() + page, ProposalFixture.OFFICE);
			assertThat(queriesFor("/proposals/" + twenty.getId() + page, ProposalFixture.OFFICE)).as(page)
				.isEqualTo(forTwo);
		}
		assertThat(queriesFor("/proposals", ProposalFixture.OFFICE)).isLessThanOrEqualTo(MAX_QUERIES_PER_PAGE);
	}

	private List<Long> people(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> proposals.eligible(ProposalFixture.unique("Đếm Truy Vấn")))
			.toList();
	}

	private long scoredReview(String... members) {
		CurrentUser leader = new CurrentUser(0, "q.leader", "Cụm trưởng",
				catalog.findActiveByCode("TV-CT").orElseThrow().id(), Set.of(Role.CLUSTER_LEADER));
		ReviewFixture.OpenReview review = reviews.open(ReviewPeriod.MID_YEAR, members);
		for (long unit : review.memberIds()) {
			for (long criterion : review.criteria()) {
				workflow.score(review.reviewId(), unit, criterion, BigDecimal.ONE, null, null, leader);
			}
		}
		return review.reviewId();
	}

	@Autowired
	ProposalFixture proposals;

	private long queriesFor(String path, String username) throws Exception {
		var signedIn = TestSecurityContextHolder.getContext().getAuthentication();
		var user = users.as(username);
		QueryCount.reset();
		mvc.perform(get(path).with(user)).andExpect(status().isOk());
		long total = QueryCount.total();
		if (signedIn != null) {
			TestSecurityContextHolder.setAuthentication(signedIn);
		}
		return total;
	}

	private CurrentUser signIn(String username) {
		var principal = users.principal(username);
		TestSecurityContextHolder.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		return principal.currentUser();
	}

	private void addChildren(Unit parent, String codePrefix, int from, int to, CurrentUser officer) {
		signIn(officer.username());
		for (int i = from; i < to; i++) {
			units.create(parent.getId(),
					new UnitDetails(codePrefix + i, "Xã Số " + i, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1)), officer);
		}
	}

	/**
	 * TV-KTXH-2021 as the test world launches it: three targets, Cụm Thi đua số 1 taking
	 * part.
	 */
	private Movement copyOfTheWorldsMovement(String code, CurrentUser officer) {
		long traVinh = catalog.findActiveByCode("TV").orElseThrow().id();
		Movement copy = movements.create(new MovementDraft(code, traVinh, "UBND tỉnh Trà Vinh", null,
				MovementKind.REGULAR, "35/KH-UBND", LocalDate.of(2021, 3, 15), LocalDate.of(2021, 1, 1),
				ReportingFrequency.HALF_YEARLY, 15, "Thi đua thực hiện kế hoạch kinh tế – xã hội (bản đếm truy vấn)",
				LocalDate.of(2025, 12, 31), traVinh, catalog.findActiveByCode("TV-SNV").orElseThrow().id(), null, null,
				LocalDate.of(2021, 6, 30)), officer);
		addTarget(copy, new TargetDefinition("Kinh tế", "Tổng giá trị sản xuất", TargetKind.QUANTITATIVE, "tỷ đồng",
				Direction.HIGHER_IS_BETTER, new BigDecimal("15000"), null, BigDecimal.ONE), officer);
		addTarget(copy,
				new TargetDefinition("Xã hội", "Tỷ lệ hộ nghèo", TargetKind.QUANTITATIVE, "%",
						Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("100"), BigDecimal.ONE),
				officer);
		addTarget(copy, new TargetDefinition("Nông thôn mới", "Duy trì, nâng chất các tiêu chí nông thôn mới",
				TargetKind.QUALITATIVE, null, Direction.HIGHER_IS_BETTER, null, null, BigDecimal.ONE), officer);
		movements.addParticipants(copy.getId(), CLUSTER_ONE, false, officer);
		movements.advance(copy.getId(), movements.show(copy.getId(), officer).getVersion(), MovementStatus.LAUNCHED,
				new StepRecord(LocalDate.of(2021, 3, 15), "35/KH-UBND", null, null), null, true, officer);
		return movements.show(copy.getId(), officer);
	}

	private void addTarget(Movement movement, TargetDefinition definition, CurrentUser officer) {
		movements.addTarget(movement.getId(), movements.show(movement.getId(), officer).getVersion(), definition,
				officer);
	}

	/** Each unit reports H1 2023 on every target, and the officer accepts. */
	private void reportAndAccept(Movement movement, List<String> codes, CurrentUser officer) {
		List<Target> targets = movement.getTargets();
		for (String code : codes) {
			CurrentUser reporter = users.reporterOf(code);
			ProgressReport report = reporting.submit(movement.getId(), reporter.unitId(), 2023, Period.H1,
					List.of(new ProgressEntry(targets.get(0).getId(), new BigDecimal("6000"), null, null),
							new ProgressEntry(targets.get(1).getId(), new BigDecimal("2.5"), null, null),
							new ProgressEntry(targets.get(2).getId(), null, true, null)),
					null, reporter);
			reporting.accept(report.getId(), report.getVersion(), officer);
		}
	}

	private void createDraftMovements(String codePrefix, int from, int to, CurrentUser officer) {
		long traVinh = catalog.findActiveByCode("TV").orElseThrow().id();
		for (int i = from; i < to; i++) {
			movements.create(new MovementDraft(codePrefix + i, traVinh, "UBND tỉnh Trà Vinh", null,
					MovementKind.CAMPAIGN, null, null, LocalDate.of(2024, 1, 1), ReportingFrequency.YEARLY, 15,
					"Phong trào đếm truy vấn số " + i, LocalDate.of(2025, 12, 31), traVinh, null, null, null, null),
					officer);
		}
	}

}
