package vn.thidua.unit.reorganisation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.Grouping;
import vn.thidua.award.Nominee;
import vn.thidua.award.Tally;
import vn.thidua.proposal.ProposalReview;
import vn.thidua.proposal.ProposalStatus;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;
import vn.thidua.unit.UnitRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A merger of three provinces and their communes applied by plan: the past reads as
 * before, everything in flight carries on under the new units, and a bad plan changes
 * nothing.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class ReorganisationTests {

	static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	@Autowired
	TreeFixture fixture;

	@Autowired
	ReorganisationManagement management;

	@Autowired
	UnitCatalog catalog;

	@Autowired
	UnitManagement units;

	@Autowired
	AwardQueries awards;

	@Autowired
	ProposalReview review;

	@Autowired
	vn.thidua.award.EligibilityEngine engine;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	String p;

	final Map<String, Long> ids = new HashMap<>();

	final Map<String, Long> people = new HashMap<>();

	@BeforeEach
	void buildThreeProvinces() {
		p = fixture.prefix();
		long root = fixture.root();
		for (String province : List.of("A", "B", "C")) {
			add(root, province, "Tỉnh " + province + " " + p, UnitKind.PROVINCE);
			add(ids.get(province), province + "-S", "Sở Nội vụ tỉnh " + province, UnitKind.DEPARTMENT);
			add(ids.get(province), province + "-H", "Huyện " + province, UnitKind.DISTRICT);
			for (String commune : List.of("X1", "X2")) {
				String code = province + "-" + commune;
				add(ids.get(province + "-H"), code, "Xã " + province + commune, UnitKind.COMMUNE);
				long person = fixture.person(ids.get(code), "Người " + code + " " + p, LocalDate.of(1980, 1, 1));
				people.put(code, person);
				fixture.award(person, ids.get(code), "LDTT", LocalDate.of(2023, 12, 20), p + "/2023/" + code,
						"Chủ tịch UBND huyện " + province, "Người " + code);
				fixture.award(person, ids.get(code), "GK", LocalDate.of(2025, 3, 10), p + "/2025/" + code,
						"Chủ tịch UBND huyện " + province, "Người " + code);
			}
		}
	}

	@Test
	void aMergerKeepsThePastAndCarriesTodaysWork() throws Exception {
		long movement = runningMovement("A", List.of("A-X1", "A-X2", "B-X1"));
		long clusterYear = openClusterYear("A", List.of("A-X1", "A-X2", "B-X1"));
		long proposal = fixture.submittedProposal(ids.get("A-X1"), ids.get("A"), 2025, LocalDate.of(2025, 6, 20));
		long apiKey = apiKey("A-X1");
		String officer = (p + ".a").toLowerCase();
		fixture.account(officer, code("A"), Role.OFFICER);
		String reporter = (p + ".bx1").toLowerCase();
		fixture.account(reporter, code("B-X1"), Role.UNIT_REPORTER);
		Figures before = figures("A");
		UnitRow oldA = catalog.get(ids.get("A"));

		assertThat(byApiKey(code("A-X1"))).isEqualTo(200);

		Reorganisation plan = planWith(merger());
		PlanView preview = management.view(plan.getId(), fixture.system());
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.ending()).hasSize(15);
		assertThat(preview.creations()).extracting(c -> c.code())
			.containsExactly(code("N"), code("N-S"), code("N-X1"), code("N-X2"), code("N-X3"), code("N-X4"));
		assertThat(preview.effects()).contains(new vn.thidua.unit.SuccessionEffect("reorganisation.effect.people", 6),
				new vn.thidua.unit.SuccessionEffect("reorganisation.effect.proposalsDeciding", 1),
				new vn.thidua.unit.SuccessionEffect("reorganisation.effect.accountsDisabled", 1));

		management.apply(plan.getId(), management.view(plan.getId(), fixture.system()).reorganisation().getVersion(),
				fixture.system());

		// the past reads exactly as before, and the predecessors are not rewritten
		assertThat(figures("A")).isEqualTo(before);
		UnitRow a = catalog.get(ids.get("A"));
		assertThat(a.path()).isEqualTo(oldA.path());
		assertThat(a.name()).isEqualTo(oldA.name());
		assertThat(a.active()).isFalse();
		assertThat(a.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		long n = catalog.findActiveByCode(code("N")).orElseThrow().id();
		UnitRow newProvince = catalog.get(n);
		assertThat(newProvince.validFrom()).isEqualTo(EFFECTIVE);
		assertThat(newProvince.officialCode()).isEqualTo("86");
		assertThat(catalog.predecessors(n)).extracting(UnitRow::code)
			.contains(code("A"), code("B"), code("C"), code("A-H"));
		assertThat(catalog.successors(ids.get("C-X2"))).extracting(UnitRow::code)
			.containsExactly(code("N-X3"), code("N-X4"));

		// by today's units, the predecessors' figures roll into the new province
		AwardFilter year2023 = new AwardFilter(null, n, 2023, null, null);
		assertThat(awards.count(year2023, fixture.system())).isZero();
		assertThat(awards.count(year2023.byTodayUnits(true), fixture.system())).isEqualTo(6);
		assertThat(awards.count(new AwardFilter(null, ids.get("A"), 2023, null, null).byTodayUnits(true),
				fixture.system()))
			.isZero();

		// the new province's officers read their predecessors' history
		assertThat(catalog.isWithin(ids.get("A-X1"), n)).isTrue();
		long nx1 = catalog.findActiveByCode(code("N-X1")).orElseThrow().id();
		assertThat(catalog.isWithin(ids.get("A-X2"), nx1)).isTrue();
		assertThat(catalog.isWithin(ids.get("B-X1"), nx1)).isFalse();
		assertThat(units.canChange(catalog.get(ids.get("A-H")), users.current(officer))).isFalse();

		// people move, their awards stay with the units that had them
		assertThat(unitOf("person", people.get("A-X1"))).isEqualTo(nx1);
		assertThat(jdbc.sql("select unit_id from award_record where person_id = ? limit 1")
			.param(people.get("A-X1"))
			.query(Long.class)
			.single()).isEqualTo(ids.get("A-X1"));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Person' and entity_id = ?")
			.param(String.valueOf(people.get("A-X1")))
			.query(Long.class)
			.single()).isEqualTo(1);

		// accounts moved or disabled as the plan said
		assertThat(users.current(officer).unitId()).isEqualTo(n);
		assertThat(jdbc.sql("select enabled from account where username = ?")
			.param(reporter)
			.query(Boolean.class)
			.single()).isFalse();

		// work in flight carries on under the heirs
		assertThat(jdbc.sql("select launching_unit_id from movement where id = ?")
			.param(movement)
			.query(Long.class)
			.single()).isEqualTo(n);
		assertThat(jdbc.sql("select unit_id from movement_participant where movement_id = ? order by unit_id")
			.param(movement)
			.query(Long.class)
			.list()).containsExactlyInAnyOrder(ids.get("A-X1"), ids.get("A-X2"), ids.get("B-X1"), nx1,
					catalog.findActiveByCode(code("N-X2")).orElseThrow().id());
		assertThat(jdbc.sql("select unit_id from cluster_member where cluster_year_id = ?")
			.param(clusterYear)
			.query(Long.class)
			.list()).containsExactlyInAnyOrder(nx1, catalog.findActiveByCode(code("N-X2")).orElseThrow().id());
		assertThat(unitOf("api_key", apiKey)).isEqualTo(nx1);
		assertThat(byApiKey(code("N-X1"))).isEqualTo(200);
		assertThat(jdbc.sql("select proposing_unit_id, deciding_unit_id from award_proposal where id = ?")
			.param(proposal)
			.query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).containsExactly(nx1, n);

		// and the successor's office takes the next step the predecessor's office could
		CurrentUser office = users.current(officer);
		long version = jdbc.sql("select version from award_proposal where id = ?")
			.param(proposal)
			.query(Long.class)
			.single();
		assertThat(review.startAppraisal(proposal, version, office).getStatus()).isEqualTo(ProposalStatus.IN_APPRAISAL);

		// the applied plan can be read later, with what followed it
		PlanView applied = management.view(plan.getId(), fixture.system());
		assertThat(applied.reorganisation().isApplied()).isTrue();
		assertThat(applied.successions()).hasSize(15);
		assertThat(applied.reorganisation().getEffects()).contains("reorganisation.effect.people=6");
		assertThatThrownBy(
				() -> management.apply(plan.getId(), applied.reorganisation().getVersion(), fixture.system()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageStartingWith("reorganisation.alreadyApplied");

		// the statistics say which units they count by (MockMvc signs in, and out, by
		// itself)
		mvc.perform(get("/reports/awards").param("unit", code("N"))
			.param("year", "2023")
			.param("by", "UNIT")
			.param("today", "true")
			.with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số liệu theo đơn vị hiện nay")))
			.andExpect(content().string(containsString("today=true")));
		mvc.perform(get("/reports/awards").param("unit", code("A")).param("year", "2023").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số liệu theo đơn vị tại ngày quyết định")));
		// and open a predecessor's page, to read, not to change
		mvc.perform(get("/units/{id}", ids.get("A-H")).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huyện A")))
			.andExpect(content().string(not(containsString("/units/" + ids.get("A-H") + "/edit"))));

	}

	/**
	 * Two years of Chiến sĩ thi đua cơ sở under the old commune still make the ladder to
	 * the provincial certificate when the person is proposed by the new commune.
	 */
	@Test
	void aPersonsLadderRunsAcrossTheReorganisation() {
		long person = people.get("A-X1");
		fixture.award(person, ids.get("A-X1"), "CSTDCS", LocalDate.of(2024, 1, 20), p + "/CS23", "UBND huyện A",
				"Người A-X1");
		fixture.award(person, ids.get("A-X1"), "CSTDCS", LocalDate.of(2025, 1, 20), p + "/CS24", "UBND huyện A",
				"Người A-X1");
		jdbc.sql("update award_record set year = year - 1 where decision_number in (?, ?)")
			.params(p + "/CS23", p + "/CS24")
			.update();
		List<String> before = ladder(person, ids.get("A-X1"));
		assertThat(before).isNotEmpty().anyMatch(result -> result.contains(":true:"));

		Reorganisation plan = planWith(merger());
		management.apply(plan.getId(), plan.getVersion(), fixture.system());

		long nx1 = catalog.findActiveByCode(code("N-X1")).orElseThrow().id();
		assertThat(ladder(person, nx1)).isEqualTo(before);
	}

	private List<String> ladder(long person, long proposingUnit) {
		return engine
			.check(List.of(new Nominee(1, person, proposingUnit, "BK_TINH", 2024)), LocalDate.of(2025, 6, 1),
					proposingUnit)
			.getFirst()
			.results()
			.stream()
			.map(result -> result.ruleCode() + ":" + result.passed() + ":" + List.of(result.args()))
			.toList();
	}

	@Test
	void aSheetWithOneBadRowChangesNothing() throws Exception {
		Reorganisation plan = management.create(details(), fixture.system());
		String sheet = String.join(",", PlanSheet.HEADERS) + "\n" + "Hợp nhất,\"" + code("A-X1") + "; " + code("A-X2")
				+ "\"," + code("N-X1") + ",Xã Mới,Xã," + code("A") + ",,chuyển\n" + "Sáp nhập,NO-SUCH-UNIT,"
				+ code("N-X1") + ",,,,,chuyển\n" + "Hợp nhất," + code("B-X1") + "," + code("N-X9") + ",Xã Chín,Huyện,"
				+ code("B") + ",,\n";

		List<PlanProblem> problems = management.replaceOperations(plan.getId(), plan.getVersion(),
				sheet.getBytes(StandardCharsets.UTF_8), fixture.system());

		assertThat(problems).extracting(PlanProblem::row, PlanProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "reorganisation.problem.sourceUnknown"),
					org.assertj.core.groups.Tuple.tuple(4, "reorganisation.problem.noDistricts"));
		PlanView view = management.view(plan.getId(), fixture.system());
		assertThat(view.operations()).isEmpty();
		assertThat(catalog.get(ids.get("A-X1")).active()).isTrue();

		String fixed = String.join(",", PlanSheet.HEADERS) + "\n" + "Hợp nhất,\"" + code("A-X1") + "; " + code("A-X2")
				+ "\"," + code("N-X1") + ",Xã Mới,Xã," + code("A") + ",29710,chuyển\n";
		assertThat(management.replaceOperations(plan.getId(), view.reorganisation().getVersion(),
				fixed.getBytes(StandardCharsets.UTF_8), fixture.system()))
			.isEmpty();
		assertThat(management.view(plan.getId(), fixture.system()).operations()).hasSize(1);
	}

	@Test
	void aPlanLeavingAUnitWithoutItsParentIsNotApplied() {
		Reorganisation plan = planWith(List.of(op(OperationKind.DISSOLVE, List.of("A-H"), "A")));

		PlanView view = management.view(plan.getId(), fixture.system());

		assertThat(view.problems()).extracting(PlanProblem::messageKey).containsOnly("reorganisation.problem.orphan");
		assertThat(view.problems()).hasSize(2);
		assertThatThrownBy(() -> management.apply(plan.getId(), view.reorganisation().getVersion(), fixture.system()))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(catalog.get(ids.get("A-H")).active()).isTrue();
	}

	@Test
	void aCorrectionRewritesThePlaceAndSaysSoUnlikeAReorganisation() {
		Unit misplaced = fixture.unit(ids.get("B-H"), code("Z"), "Xã Đặt Nhầm", UnitKind.COMMUNE,
				LocalDate.of(2020, 1, 1));

		units.move(misplaced.getId(), misplaced.getVersion(), ids.get("A-H"), "Tạo nhầm dưới huyện B",
				fixture.system());

		UnitRow corrected = catalog.get(misplaced.getId());
		assertThat(corrected.parentId()).isEqualTo(ids.get("A-H"));
		assertThat(corrected.active()).isTrue();
		assertThat(catalog.successors(misplaced.getId())).isEmpty();
		assertThat(jdbc.sql("select reason from unit_correction where unit_id = ?")
			.param(misplaced.getId())
			.query(String.class)
			.single()).isEqualTo("Tạo nhầm dưới huyện B");
	}

	@Test
	void aPlanIsAppliedOnlyFromItsEffectiveDate() {
		Reorganisation plan = management.create(new ReorganisationDetails("Sắp xếp sau này", "99/NQ",
				LocalDate.of(2026, 1, 1), "Quốc hội", LocalDate.of(2099, 1, 1)), fixture.system());
		management.addOperation(plan.getId(), plan.getVersion(),
				op(OperationKind.RENAME, List.of("A-X1"), "").withName("Phường A1").resolve(this), fixture.system());

		PlanView view = management.view(plan.getId(), fixture.system());

		assertThat(view.problems()).extracting(PlanProblem::messageKey)
			.containsExactly("reorganisation.problem.notYetEffective");
		assertThatThrownBy(() -> management.apply(plan.getId(), view.reorganisation().getVersion(), fixture.system()))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void plansArePagesForAdministrators() throws Exception {
		Reorganisation plan = planWith(List.of(op(OperationKind.RENAME, List.of("A-X1"), "").withName("Phường A1")));

		mvc.perform(get("/reorganisations/{id}", plan.getId()).with(users.as("admin"))).andExpect(status().isOk());
		mvc.perform(get("/reorganisations/{id}", plan.getId()).with(users.as("officer.tv")))
			.andExpect(status().isForbidden());
	}

	private List<Draft> merger() {
		return List.of(
				new Draft(OperationKind.MERGE, List.of("A", "B", "C"), "N", "Tỉnh Mới " + p, UnitKind.PROVINCE, "VN",
						"86", false),
				new Draft(OperationKind.MERGE, List.of("A-S", "B-S", "C-S"), "N-S", "Sở Nội vụ tỉnh Mới",
						UnitKind.DEPARTMENT, "N", null, false),
				new Draft(OperationKind.MERGE, List.of("A-X1", "A-X2"), "N-X1", "Xã Mới Một", UnitKind.COMMUNE, "N",
						"29710", false),
				new Draft(OperationKind.MERGE, List.of("B-X1", "B-X2", "C-X1"), "N-X2", "Xã Mới Hai", UnitKind.COMMUNE,
						"N", null, true),
				new Draft(OperationKind.SPLIT, List.of("C-X2"), "N-X3", "Xã Mới Ba", UnitKind.COMMUNE, "N", null,
						false),
				new Draft(OperationKind.SPLIT, List.of("C-X2"), "N-X4", "Xã Mới Bốn", UnitKind.COMMUNE, "N", null,
						false),
				op(OperationKind.DISSOLVE, List.of("A-H", "B-H", "C-H"), "N"));
	}

	private Reorganisation planWith(List<Draft> drafts) {
		Reorganisation plan = management.create(details(), fixture.system());
		long version = plan.getVersion();
		for (Draft draft : drafts) {
			assertThat(management.addOperation(plan.getId(), version, draft.resolve(this), fixture.system())).isEmpty();
			version = management.view(plan.getId(), fixture.system()).reorganisation().getVersion();
		}
		return management.view(plan.getId(), fixture.system()).reorganisation();
	}

	private static ReorganisationDetails details() {
		return new ReorganisationDetails("Sắp xếp đơn vị hành chính năm 2025", "202/2025/QH15",
				LocalDate.of(2025, 6, 12), "Quốc hội", EFFECTIVE);
	}

	private static Draft op(OperationKind kind, List<String> sources, String target) {
		return new Draft(kind, sources, target, null, null, null, null, false);
	}

	/**
	 * An operation with the test's short codes, made real by {@link #resolve}.
	 */
	record Draft(OperationKind kind, List<String> sources, String target, String name, UnitKind unitKind, String parent,
			String official, boolean disable) {

		Draft withName(String newName) {
			return new Draft(kind, sources, target, newName, unitKind, parent, official, disable);
		}

		OperationDraft resolve(ReorganisationTests test) {
			return new OperationDraft(kind, sources.stream().map(test::code).toList(),
					target.isEmpty() ? "" : test.code(target), name, unitKind,
					parent == null ? null : parent.equals("VN") ? "VN" : test.code(parent), official, disable);
		}

	}

	record Figures(long year2023, long firstHalf2025, List<Tally> byUnit) {
	}

	private Figures figures(String province) {
		long unit = ids.get(province);
		AwardFilter half = new AwardFilter(null, unit, null, null, null, null, null, null, null,
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), true, null, false);
		AwardFilter year = new AwardFilter(null, unit, 2023, null, null);
		return new Figures(awards.count(year, fixture.system()), awards.count(half, fixture.system()),
				awards.tally(year, Grouping.UNIT, fixture.system())
					.stream()
					.sorted(java.util.Comparator.comparing(Tally::key).thenComparing(t -> t.subject().name()))
					.toList());
	}

	private void add(long parent, String shortCode, String name, UnitKind kind) {
		ids.put(shortCode, fixture.unit(parent, code(shortCode), name, kind, LocalDate.of(2000, 1, 1)).getId());
	}

	String code(String shortCode) {
		return p + "-" + shortCode;
	}

	private long unitOf(String table, long id) {
		return jdbc.sql("select unit_id from " + table + " where id = ?").param(id).query(Long.class).single();
	}

	private long runningMovement(String launcher, List<String> participants) {
		long movement = jdbc.sql("""
				insert into movement (code, name, search_text, launching_unit_id, authority, kind, start_date, end_date,
				    lead_unit_id, reporting, report_due_days, status)
				values (?, 'Phong trào thử', 'phong trao thu', ?, 'UBND tỉnh', 'REGULAR', date '2025-01-01',
				    date '2026-12-31', ?, 'YEARLY', 10, 'LAUNCHED') returning id
				""").params(code("M"), ids.get(launcher), ids.get(launcher)).query(Long.class).single();
		for (String unit : participants) {
			jdbc.sql("""
					insert into movement_participant (id, movement_id, unit_id, joined_via, joined_on, joined_by)
					values (nextval('movement_participant_seq'), ?, ?, 'ASSIGNED', date '2025-01-01', 'test')
					""").params(movement, ids.get(unit)).update();
		}
		return movement;
	}

	private long openClusterYear(String supervisor, List<String> members) {
		long cluster = jdbc.sql("""
				insert into cluster (code, name, kind, supervising_unit_id) values (?, 'Cụm thử', 'CLUSTER', ?)
				returning id
				""").params(code("CL"), ids.get(supervisor)).query(Long.class).single();
		long year = jdbc.sql("""
				insert into cluster_year (cluster_id, year, leader_unit_id, pact_status, excellent_from, good_from,
				    fair_from)
				values (?, 2025, ?, 'DRAFT', 90, 80, 70) returning id
				""").params(cluster, ids.get(members.getFirst())).query(Long.class).single();
		members.forEach(member -> jdbc.sql("insert into cluster_member (cluster_year_id, unit_id) values (?, ?)")
			.params(year, ids.get(member))
			.update());
		return year;
	}

	private long apiKey(String unit) {
		return jdbc.sql("""
				insert into api_key (name, unit_id, access, prefix, secret_hash, created_by, created_at)
				values ('Thử', ?, 'READ', ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'test', now()) returning id
				""").params(ids.get(unit), keyPrefix(), apiSecret()).query(Long.class).single();
	}

	/**
	 * The status of the API's page of a unit, read with the key of {@link #apiKey};
	 * whoever was signed in for service calls stays so.
	 */
	private int byApiKey(String unitCode) throws Exception {
		var signedIn = TestSecurityContextHolder.getContext().getAuthentication();
		int status = mvc.perform(get("/api/v1/units/{code}", unitCode).header("X-API-Key", apiSecret()))
			.andReturn()
			.getResponse()
			.getStatus();
		TestSecurityContextHolder.setAuthentication(signedIn);
		return status;
	}

	private String keyPrefix() {
		return p.substring(0, Math.min(12, p.length()));
	}

	private String apiSecret() {
		return "td_" + keyPrefix() + "_reorganised";
	}

}
