package vn.thidua.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.TargetChoice;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Setting up a cluster's years: members, leader and deputy kept per year, last year's
 * criteria copied, a signed pact frozen, and only the supervising officers of its own
 * province managing it. Each test sets up a cluster of its own, so the test world stays
 * as it is.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class ClusterManagementTests {

	private static final String OFFICER = "officer.tv";

	private static final List<String> DISTRICTS = List.of("TV-CT", "TV-CN", "TV-DH", "TV-TXDH", "TV-TC");

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	ClusterManagement management;

	@Autowired
	ClusterQueries queries;

	@Autowired
	MovementQueries movements;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser officer;

	Cluster cluster;

	@BeforeEach
	void setUpAClusterOfTraVinh() {
		officer = users.current(OFFICER);
		cluster = management.create("T-CL-" + Long.toString(System.nanoTime(), 36), "Cụm thi đua thử nghiệm",
				ClusterKind.CLUSTER, unitId("TV"), null, officer);
	}

	@Test
	void eachYearKeepsItsOwnMembersLeaderAndDeputy() {
		open(2023, DISTRICTS, "TV-CT", "TV-TXDH");
		open(2024, List.of("TV-CN", "TV-DH", "TV-TC"), "TV-CN", "TV-DH");

		ClusterYear past = year(2023);
		assertThat(past.getMembers()).isEqualTo(ids(DISTRICTS));
		assertThat(past.getLeaderUnitId()).isEqualTo(unitId("TV-CT"));
		assertThat(past.getDeputyUnitId()).isEqualTo(unitId("TV-TXDH"));
		ClusterYear next = year(2024);
		assertThat(next.getMembers()).isEqualTo(ids(List.of("TV-CN", "TV-DH", "TV-TC")));
		assertThat(next.getLeaderUnitId()).isEqualTo(unitId("TV-CN"));
		assertThat(queries.years(cluster)).extracting(ClusterYear::getYear).containsExactly(2024, 2023);

		long world = jdbc.queryForObject("select id from cluster where code = 'TV-CTD1'", Long.class);
		ClusterYear world2023 = management.year(world, 2023, officer);
		assertThat(world2023.getLeaderUnitId()).isEqualTo(unitId("TV-CT"));
		assertThat(world2023.getDeputyUnitId()).isEqualTo(unitId("TV-TXDH"));
		assertThat(world2023.getMembers()).hasSize(5);
	}

	@Test
	void aNewYearStartsFromLastYearsTableAndCanCopyItAgain() {
		open(2023, DISTRICTS, "TV-CT", "TV-TXDH");
		add(2023, "I. Kinh tế – xã hội", "Hoàn thành chỉ tiêu tổng giá trị sản xuất", CriterionKind.SCORED, "30");
		add(2023, "III. Điểm trừ", "Chậm gửi báo cáo", CriterionKind.PENALTY, "5");
		ClusterYear past = year(2023);
		Thresholds stricter = new Thresholds(new BigDecimal("95"), new BigDecimal("85"), new BigDecimal("70"));
		management.setThresholds(past.getId(), past.getVersion(), stricter, officer);

		open(2024, DISTRICTS, "TV-CN", "TV-CT");
		assertThat(namesOf(2024)).containsExactly("Hoàn thành chỉ tiêu tổng giá trị sản xuất", "Chậm gửi báo cáo");
		Thresholds copied = year(2024).thresholds();
		assertThat(copied.excellentFrom()).isEqualByComparingTo("95");
		assertThat(copied.goodFrom()).isEqualByComparingTo("85");
		assertThat(copied.fairFrom()).isEqualByComparingTo("70");

		ClusterYear next = year(2024);
		management.removeCriterion(next.getId(), next.getVersion(), next.getCriteria().getFirst().getId(), officer);
		add(2024, "I. Kinh tế – xã hội", "Xây dựng nông thôn mới", CriterionKind.SCORED, "20");
		assertThat(namesOf(2024)).containsExactly("Chậm gửi báo cáo", "Xây dựng nông thôn mới");

		next = year(2024);
		management.copyLastYear(next.getId(), next.getVersion(), officer);
		assertThat(namesOf(2024)).containsExactly("Hoàn thành chỉ tiêu tổng giá trị sản xuất", "Chậm gửi báo cáo");
		assertThat(year(2024).getCriteria()).extracting(Criterion::getSortOrder).containsExactly(1, 2);
		assertThat(namesOf(2023)).containsExactly("Hoàn thành chỉ tiêu tổng giá trị sản xuất", "Chậm gửi báo cáo");

		ClusterYear first = year(2023);
		refused(() -> management.copyLastYear(first.getId(), first.getVersion(), officer), "pact.copy.noPreviousYear");
	}

	@Test
	void aSignedPactIsFrozen() {
		open(2025, DISTRICTS, "TV-CT", "TV-TXDH");
		ClusterYear empty = year(2025);
		refused(() -> management.sign(empty.getId(), empty.getVersion(), LocalDate.of(2025, 1, 10), "01/GƯ", null,
				officer), "pact.sign.noCriteria");
		Criterion criterion = add(2025, "I. Kinh tế – xã hội", "Giảm nghèo", CriterionKind.SCORED, "15");
		ClusterYear draft = year(2025);
		refused(() -> management.sign(draft.getId(), draft.getVersion(), LocalDate.of(2023, 12, 30), "01/GƯ", null,
				officer), "pact.sign.wrongYear");

		management.sign(draft.getId(), draft.getVersion(), LocalDate.of(2025, 1, 10), "01/GƯ-CTĐ", null, officer);

		ClusterYear signed = year(2025);
		assertThat(signed.getPactStatus()).isEqualTo(PactStatus.SIGNED);
		assertThat(signed.getSignedOn()).isEqualTo(LocalDate.of(2025, 1, 10));
		refused(() -> management.addCriterion(signed.getId(), signed.getVersion(), new CriterionDefinition("II",
				"Tiêu chí thêm sau khi ký", CriterionKind.SCORED, BigDecimal.TEN, null, null), officer), "pact.signed");
		refused(() -> management.removeCriterion(signed.getId(), signed.getVersion(), criterion.getId(), officer),
				"pact.signed");
		refused(() -> management.setThresholds(signed.getId(), signed.getVersion(), Thresholds.standard(), officer),
				"pact.signed");
		refused(() -> management.organise(signed.getId(), signed.getVersion(), ids(DISTRICTS), unitId("TV-CN"), null,
				officer), "pact.signed");
		assertThat(namesOf(2025)).containsExactly("Giảm nghèo");
		assertThat(year(2025).getLeaderUnitId()).isEqualTo(unitId("TV-CT"));
	}

	@Test
	void theLeaderAndTheDeputyAreDifferentMembers() {
		refused(() -> open(2024, List.of("TV-CT", "TV-CN"), "TV-TC", null), "clusterYear.leader.notMember");
		refused(() -> open(2024, List.of("TV-CT", "TV-CN"), "TV-CT", "TV-TC"), "clusterYear.leader.notMember");
		refused(() -> open(2024, List.of("TV-CT", "TV-CN"), "TV-CT", "TV-CT"), "clusterYear.deputy.sameAsLeader");
		refused(() -> open(2024, List.of("TV-CT"), "TV-CT", null), "clusterYear.members.tooFew");
		assertThat(queries.years(cluster)).isEmpty();

		open(2024, List.of("TV-CT", "TV-CN"), "TV-CT", null);
		ClusterYear draft = year(2024);
		refused(() -> management.organise(draft.getId(), draft.getVersion(), ids(List.of("TV-CN", "TV-DH")),
				unitId("TV-CT"), null, officer), "clusterYear.leader.notMember");
		assertThat(year(2024).getMembers()).isEqualTo(ids(List.of("TV-CT", "TV-CN")));
	}

	@Test
	void aMemberOutsideTheSupervisingUnitIsRefused() {
		refused(() -> open(2024, List.of("TV-CT", "ND-HH"), "TV-CT", null), "clusterYear.member.outside");
		refused(() -> open(2024, List.of("TV-CT", "TV"), "TV-CT", null), "clusterYear.member.outside");
		assertThat(queries.years(cluster)).isEmpty();
		refused(() -> management.create("T-CL-ND-" + System.nanoTime(), "Cụm ngoài phạm vi", ClusterKind.BLOCK,
				unitId("ND"), null, officer), "cluster.supervising.outside");
	}

	@Test
	void aCriterionHasAPositiveMaximumAndLinksOnlyATargetOfTheSupervisingUnit() {
		open(2024, DISTRICTS, "TV-CT", null);
		refused(() -> add(2024, "I", "Không điểm", CriterionKind.SCORED, "0"), "criterion.maxPoints.range");
		refused(() -> add(2024, "I", "Quá nhiều điểm", CriterionKind.SCORED, "1000.5"), "criterion.maxPoints.range");
		TargetChoice foreign = movements.targetsLaunchedBy(unitId("ND")).getFirst();
		refused(() -> link(2024, foreign), "criterion.target.outside");
		assertThat(year(2024).getCriteria()).isEmpty();

		TargetChoice own = movements.targetsLaunchedBy(unitId("TV")).getFirst();
		Criterion linked = link(2024, own);

		assertThat(linked.getTargetId()).isEqualTo(own.id());
		assertThat(year(2024).getCriteria()).extracting(Criterion::getTargetId).containsExactly(own.id());
	}

	@Test
	void anOfficerOfAnotherProvinceDoesNotSeeTheCluster() throws Exception {
		open(2024, DISTRICTS, "TV-CT", null);
		CurrentUser namDinh = users.current("officer.nd");

		assertThatThrownBy(() -> management.show(cluster.getId(), namDinh)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> management.year(cluster.getId(), 2024, namDinh)).isInstanceOf(NotFoundException.class);
		for (String page : List.of("/clusters/{id}", "/clusters/{id}/years/2024/pact", "/clusters/{id}/years/new")) {
			mvc.perform(get(page, cluster.getId()).with(users.as("officer.nd"))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/clusters").with(users.as("officer.nd")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(cluster.getCode()))));

		mvc.perform(get("/clusters/{id}", cluster.getId()).with(users.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huyện Châu Thành")));
		mvc.perform(get("/clusters/{id}", cluster.getId()).with(users.as("reporter.tv-cn"))).andExpect(status().isOk());
	}

	@Test
	void aYearOpensOnTheWebWithoutADeputy() throws Exception {
		mvc.perform(post("/clusters/{id}/years", cluster.getId()).param("year", "2024")
			.param("members", String.join(", ", DISTRICTS))
			.param("leaderCode", "TV-CT")
			.param("deputyCode", "")
			.with(users.as(OFFICER))
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(year(2024).getDeputyUnitId()).isNull();
	}

	@Test
	void aUnitReporterCannotCreateACluster() throws Exception {
		String code = "T-CL-R-" + Long.toString(System.nanoTime(), 36);

		mvc.perform(get("/clusters/new").with(users.as("reporter.tv-cn"))).andExpect(status().isForbidden());
		mvc.perform(post("/clusters").param("code", code)
			.param("name", "Cụm do báo cáo viên lập")
			.param("kind", "CLUSTER")
			.param("supervisingUnitCode", "TV-CN")
			.with(users.as("reporter.tv-cn"))
			.with(csrf())).andExpect(status().isForbidden());

		assertThat(jdbc.queryForObject("select count(*) from cluster where code = ?", Long.class, code)).isZero();
	}

	@Test
	void aStaleVersionOfTheYearIsRefusedOnTheWeb() throws Exception {
		open(2024, DISTRICTS, "TV-CT", null);
		long seen = year(2024).getVersion();
		add(2024, "I", "Giảm nghèo", CriterionKind.SCORED, "15");

		mvc.perform(post("/clusters/{id}/years/2024/pact/criteria", cluster.getId()).param("groupName", "I")
			.param("name", "Tiêu chí trên bản cũ")
			.param("kind", "SCORED")
			.param("maxPoints", "10")
			.param("version", String.valueOf(seen))
			.with(users.as(OFFICER))
			.with(csrf())).andExpect(status().isConflict());

		assertThat(namesOf(2024)).containsExactly("Giảm nghèo");
	}

	@Test
	void aMaximumThatIsNotANumberShowsTheFormAgainAndAddsNothing() throws Exception {
		open(2024, DISTRICTS, "TV-CT", null);

		mvc.perform(post("/clusters/{id}/years/2024/pact/criteria", cluster.getId()).param("groupName", "I")
			.param("name", "Giảm nghèo")
			.param("kind", "SCORED")
			.param("maxPoints", "abc")
			.param("version", String.valueOf(year(2024).getVersion()))
			.with(users.as(OFFICER))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Điểm tối đa phải là một số lớn hơn 0")))
			.andExpect(content().string(containsString("value=\"abc\"")));

		assertThat(year(2024).getCriteria()).isEmpty();
	}

	private ClusterYear open(int year, List<String> members, String leader, @Nullable String deputy) {
		return management.openYear(cluster.getId(), year, ids(members), unitId(leader),
				deputy == null ? null : unitId(deputy), officer);
	}

	private Criterion add(int year, String group, String name, CriterionKind kind, String max) {
		ClusterYear draft = year(year);
		return management.addCriterion(draft.getId(), draft.getVersion(),
				new CriterionDefinition(group, name, kind, new BigDecimal(max), null, null), officer);
	}

	private Criterion link(int year, TargetChoice target) {
		ClusterYear draft = year(year);
		return management.addCriterion(draft.getId(), draft.getVersion(), new CriterionDefinition("I",
				target.targetName(), CriterionKind.SCORED, BigDecimal.TEN, null, target.id()), officer);
	}

	private ClusterYear year(int year) {
		return management.year(cluster.getId(), year, officer);
	}

	private List<String> namesOf(int year) {
		return year(year).getCriteria().stream().map(Criterion::getName).toList();
	}

	private Set<Long> ids(List<String> codes) {
		return codes.stream().map(this::unitId).collect(Collectors.toSet());
	}

	private long unitId(String code) {
		return units.findActiveByCode(code).orElseThrow().id();
	}

	private static void refused(ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleViolation.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
	}

}
