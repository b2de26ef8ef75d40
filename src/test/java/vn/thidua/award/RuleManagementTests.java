package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.audit.AuditEntryRow;
import vn.thidua.audit.AuditFilter;
import vn.thidua.audit.AuditLog;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Administrators add, end and override rules of their own scope only; every change is in
 * the audit log; and the engine applies an override inside its scope and an ended rule
 * only to proposals received while it was in force. Rules that would be in force for the
 * test world's units are dated 2099, and overrides apply to districts made for the test,
 * so other tests judge by the seeded rules.
 */
@IntegrationTest
@WithMockUser(username = "quantri.quydinh", roles = "ADMIN")
class RuleManagementTests {

	private static final LocalDate FAR = LocalDate.of(2099, 1, 1);

	private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 1);

	@Autowired
	RuleManagement rules;

	@Autowired
	EligibilityEngine engine;

	@Autowired
	AwardRegistry registry;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitCatalog units;

	@Autowired
	AuditLog auditLog;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	String suffix;

	CurrentUser admin;

	CurrentUser traVinh;

	CurrentUser namDinh;

	long districtA;

	long districtB;

	@BeforeEach
	void scopes() {
		suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		admin = users.current("admin");
		traVinh = adminOf(units.findActiveByCode("TV").orElseThrow().id());
		namDinh = adminOf(units.findActiveByCode("ND").orElseThrow().id());
		districtA = district("A");
		districtB = district("B");
	}

	@Test
	void aProvincialAdministratorAddsARuleForItsOwnProvinceAndTheAuditLogSaysWhoDidIt() {
		EligibilityRule rule = rules.add(rating("TV_LDTT_" + suffix, "LDTT", "EXCELLENT", FAR, null), traVinh);

		assertThat(rule.getScopeUnitId()).isEqualTo(traVinh.unitId());
		assertThat(rule.getOverridesRuleId()).isNull();
		assertThat(jdbc.sql("select parameters->>'minRating' from eligibility_rule where id = ?")
			.param(rule.getId())
			.query(String.class)
			.single()).isEqualTo("EXCELLENT");
		List<AuditEntryRow> entries = audit(rule.getId());
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("CREATE");
			assertThat(entry.actor()).isEqualTo("quantri.quydinh");
			assertThat(entry.fieldChanges()).extracting(AuditEntryRow.FieldChange::field)
				.contains("code", "awardTypeCode", "checkKind", "parameters", "scopeUnitId", "effectiveFrom",
						"severity");
		});
	}

	@Test
	void anAdministratorOfTheTopUnitAddsNationalRules() {
		EligibilityRule rule = rules.add(rating("VN_GK_" + suffix, "GK", "GOOD", FAR, null), admin);

		assertThat(rule.getScopeUnitId()).isNull();
		assertThat(rules.scope(admin).national()).isTrue();
		assertThat(rules.scope(traVinh).national()).isFalse();
	}

	@Test
	void parametersAreReadPerCheckKindAndEveryProblemIsReportedAtOnce() {
		Map<String, @Nullable String> typed = new HashMap<>();
		typed.put("awardType", "KHONG_CO");
		typed.put("count", "0");
		typed.put("endOffset", " ");
		typed.put("orRating", "GOOD");
		RuleDraft draft = draft("BAD_" + suffix, "BK_TINH", CheckKind.CONSECUTIVE_AWARDS, typed, FAR, null);

		assertThatExceptionOfType(InvalidRuleParameters.class).isThrownBy(() -> rules.add(draft, traVinh))
			.satisfies(invalid -> assertThat(invalid.problems())
				.extracting(InvalidRuleParameters.Problem::parameter, InvalidRuleParameters.Problem::messageKey)
				.containsExactly(tuple("awardType", "rule.parameter.choice"), tuple("count", "rule.parameter.number"),
						tuple("endOffset", "rule.parameter.required"),
						tuple("orInitiatives", "rule.parameter.together")));

		Map<String, @Nullable String> fiveYears = Map.of("prerequisite", "BK_TINH", "years", "5", "minRating", "GOOD",
				"awardType", "CSTDCS", "awardCount", "6", "excellentCount", "abc");
		assertThatExceptionOfType(InvalidRuleParameters.class).isThrownBy(() -> rules
			.add(draft("BAD_" + suffix, "BK_TTG", CheckKind.YEARS_SINCE_PREREQUISITE, fiveYears, FAR, null), traVinh))
			.satisfies(invalid -> assertThat(invalid.problems()).extracting(InvalidRuleParameters.Problem::messageKey)
				.containsExactly("rule.parameter.number", "rule.parameter.atMostYears"));
		Map<String, @Nullable String> share = Map.of("awardType", "LDTT", "minRating", "GOOD", "percent", "120",
				"strict", "maybe");
		assertThatExceptionOfType(InvalidRuleParameters.class).isThrownBy(
				() -> rules.add(draft("BAD_" + suffix, "TTLDTT", CheckKind.MEMBER_SHARE, share, FAR, null), traVinh))
			.satisfies(invalid -> assertThat(invalid.problems())
				.extracting(InvalidRuleParameters.Problem::parameter, InvalidRuleParameters.Problem::messageKey)
				.containsExactly(tuple("percent", "rule.parameter.percentRange"),
						tuple("strict", "rule.parameter.choice"), tuple("awardType", "rule.parameter.oneOf")));
		assertThat(jdbc.sql("select count(*) from eligibility_rule where code = ?")
			.param("BAD_" + suffix)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aTakenCodeAKindTheScreensDoNotEditAndAnEndBeforeTheStartAreRefused() {
		assertThat(violation(() -> rules.add(rating("BK_TINH_LADDER", "LDTT", "GOOD", FAR, null), traVinh)))
			.isEqualTo("rule.code.taken");
		assertThat(violation(() -> rules.add(
				draft("KINDS_" + suffix, null, CheckKind.LADDER_EXCLUDES_KINDS, Map.of("kinds", "SUDDEN"), FAR, null),
				traVinh)))
			.isEqualTo("rule.kind.notEditable");
		assertThat(
				violation(() -> rules.add(rating("DATES_" + suffix, "LDTT", "GOOD", FAR, FAR.minusDays(1)), traVinh)))
			.isEqualTo("rule.dates.order");
		assertThat(violation(() -> rules.add(rating("TYPE_" + suffix, "KHONG_CO", "GOOD", FAR, null), traVinh)))
			.isEqualTo("rule.awardType.unknown");
	}

	@Test
	void anAdministratorEndsRulesOfItsOwnScopeOnlyAndTheAuditLogHasTheLastDay() {
		EligibilityRule namDinhRule = rules.add(rating("ND_LDTT_" + suffix, "LDTT", "EXCELLENT", FAR, null), namDinh);
		EligibilityRule traVinhRule = rules.add(rating("TV_LDTT_" + suffix, "LDTT", "EXCELLENT", FAR, null), traVinh);
		long national = seeded("ONE_FORM_PER_YEAR");

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> rules.end(namDinhRule.getId(), namDinhRule.getVersion(), FAR, traVinh));
		assertThat(violation(() -> rules.end(national, version(national), FAR, traVinh)))
			.isEqualTo("rule.scope.notOwn");
		assertThat(violation(() -> rules.end(traVinhRule.getId(), traVinhRule.getVersion(), FAR, admin)))
			.as("a rule of a province is the province's to end")
			.isEqualTo("rule.scope.notOwn");
		assertThat(effectiveTo(namDinhRule.getId())).isNull();
		assertThat(effectiveTo(national)).isNull();

		rules.end(traVinhRule.getId(), traVinhRule.getVersion(), LocalDate.of(2099, 12, 31), traVinh);

		assertThat(effectiveTo(traVinhRule.getId())).isEqualTo(LocalDate.of(2099, 12, 31));
		assertThat(audit(traVinhRule.getId()).getFirst()).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("UPDATE");
			assertThat(entry.fieldChanges()).singleElement().satisfies(change -> {
				assertThat(change.field()).isEqualTo("effectiveTo");
				assertThat(change.oldValue()).isNull();
				assertThat(change.newValue()).isEqualTo("2099-12-31");
			});
		});
	}

	@Test
	void endingFromAStaleVersionChangesNothing() {
		EligibilityRule rule = rules.add(rating("STALE_" + suffix, "LDTT", "EXCELLENT", FAR, null), traVinh);
		rules.end(rule.getId(), rule.getVersion(), LocalDate.of(2099, 12, 31), traVinh);

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> rules.end(rule.getId(), rule.getVersion(), LocalDate.of(2099, 6, 30), traVinh));
		assertThat(effectiveTo(rule.getId())).isEqualTo(LocalDate.of(2099, 12, 31));
	}

	@Test
	void aRuleEndsNoEarlierThanItBeganAndAnEndedRuleStaysEnded() {
		EligibilityRule rule = rules.add(rating("ENDS_" + suffix, "LDTT", "EXCELLENT", LocalDate.of(2020, 1, 1), null),
				adminOf(districtA));
		assertThat(violation(
				() -> rules.end(rule.getId(), rule.getVersion(), LocalDate.of(2019, 12, 31), adminOf(districtA))))
			.isEqualTo("rule.end.beforeStart");

		EligibilityRule ended = rules.end(rule.getId(), rule.getVersion(), LocalDate.of(2020, 12, 31),
				adminOf(districtA));
		assertThat(ended.status(today())).isEqualTo(RuleStatus.ENDED);
		assertThat(violation(
				() -> rules.end(rule.getId(), ended.getVersion(), LocalDate.of(2021, 12, 31), adminOf(districtA))))
			.isEqualTo("rule.end.alreadyEnded");
	}

	@Test
	void aRuleEndedYesterdayNoLongerAppliesToAProposalReceivedTodayButStillToOneReceivedBefore() {
		CurrentUser district = adminOf(districtA);
		String code = "YESTERDAY_" + suffix;
		EligibilityRule rule = rules.add(rating(code, "LDTT", "EXCELLENT", LocalDate.of(2024, 1, 1), null), district);
		LocalDate yesterday = today().minusDays(1);

		rules.end(rule.getId(), rule.getVersion(), yesterday, district);

		assertThat(ruleCodes("LDTT", today(), districtA)).doesNotContain(code).contains("LDTT_RATING");
		assertThat(ruleCodes("LDTT", yesterday, districtA)).contains(code, "LDTT_RATING");
		assertThat(ruleCodes("LDTT", yesterday, districtB)).doesNotContain(code);
	}

	@Test
	void anOverrideChangesTheVerdictsOfUnitsInItsScopeOnly() {
		long person = registry
			.addPerson("Lâm Văn Quy Định", LocalDate.of(1980, 5, 1), "MALE", "Chuyên viên", districtA,
					users.current("officer.tv"))
			.getId();
		for (int year : List.of(2023, 2024)) {
			registry.record(new AwardEntry(person, districtA, "CSTDCS", AwardKind.MERIT, year, "7/QĐ-UBND",
					LocalDate.of(year + 1, 1, 10), "Nguyễn Văn B", "Chủ tịch UBND huyện", "Lâm Văn Quy Định", null,
					"UBND huyện"), users.current("officer.tv"));
		}
		assertThat(result(person, "BK_TINH", districtA, "BK_TINH_LADDER").passed()).isTrue();

		long national = seeded("BK_TINH_LADDER");
		Map<String, @Nullable String> stricter = Map.of("awardType", "CSTDCS", "count", "3", "endOffset", "0");
		String code = "BK_TINH_LADDER_A" + suffix;
		EligibilityRule override = rules.override(national, version(national),
				draft(code, "BK_TINH", CheckKind.CONSECUTIVE_AWARDS, stricter, LocalDate.of(2024, 1, 1), null),
				adminOf(districtA));

		assertThat(override.getOverridesRuleId()).isEqualTo(national);
		assertThat(override.getScopeUnitId()).isEqualTo(districtA);
		RuleResult inScope = result(person, "BK_TINH", districtA, code);
		assertThat(inScope.passed()).isFalse();
		assertThat(messages.getMessage(inScope.messageKey(), inScope.args(), Locale.of("vi", "VN")))
			.isEqualTo("Chưa đủ 3 năm liên tục Chiến sĩ thi đua cơ sở: có 2023, 2024, thiếu 2022.");
		assertThat(ruleCodes("BK_TINH", RECEIVED, districtA)).doesNotContain("BK_TINH_LADDER");
		assertThat(result(person, "BK_TINH", districtB, "BK_TINH_LADDER").passed())
			.as("a sibling district keeps the national rule")
			.isTrue();
		assertThat(ruleCodes("BK_TINH", RECEIVED, districtB)).doesNotContain(code);
		assertThat(ruleCodes("BK_TINH", LocalDate.of(2023, 12, 31), districtA)).as("before the override began")
			.doesNotContain(code);

		List<RuleRow> listed = rules.list(adminOf(districtA));
		assertThat(listed).filteredOn(row -> row.code().equals(code)).singleElement().satisfies(row -> {
			assertThat(row.overridesCode()).isEqualTo("BK_TINH_LADDER");
			assertThat(row.endable()).isTrue();
			assertThat(row.overridable()).isFalse();
		});
		assertThat(listed).filteredOn(row -> row.code().equals("BK_TINH_LADDER")).singleElement().satisfies(row -> {
			assertThat(row.overriddenBy()).containsExactly(code);
			assertThat(row.endable()).isFalse();
		});
		assertThat(rules.list(adminOf(districtB))).extracting(RuleRow::code).doesNotContain(code);
		assertThat(audit(override.getId())).singleElement()
			.satisfies(entry -> assertThat(entry.fieldChanges())
				.filteredOn(change -> change.field().equals("overridesRuleId"))
				.singleElement()
				.satisfies(change -> assertThat(change.newValue()).isEqualTo(String.valueOf(national))));
	}

	@Test
	void aDistrictAsksAHigherShareOfAdvancedWorkersForItsExcellentCollectives() {
		for (int member = 1; member <= 4; member++) {
			long person = registry
				.addPerson("Thành Viên Quy Định " + member, null, null, null, districtA, users.current("officer.tv"))
				.getId();
			if (member <= 3) {
				registry.record(new AwardEntry(person, districtA, "LDTT", AwardKind.MERIT, 2024, "8/QĐ-UBND",
						LocalDate.of(2025, 1, 10), "Nguyễn Văn B", "Chủ tịch UBND huyện",
						"Thành Viên Quy Định " + member, null, "UBND huyện"), users.current("officer.tv"));
			}
		}
		assertThat(result(null, "TTLDXS", districtA, "TTLDXS_MEMBERS_LDTT").passed()).as("3 of 4 is at least 70 %")
			.isTrue();

		long national = seeded("TTLDXS_MEMBERS_LDTT");
		String code = "TTLDXS_LDTT_A" + suffix;
		Map<String, @Nullable String> stricter = Map.of("awardType", "LDTT", "percent", "75,5", "strict", "true");
		EligibilityRule override = rules.override(national, version(national),
				draft(code, "TTLDXS", CheckKind.MEMBER_SHARE, stricter, LocalDate.of(2024, 1, 1), null),
				adminOf(districtA));

		assertThat(jdbc.sql(
				"select parameters->>'percent' || ' ' || jsonb_typeof(parameters->'strict') from eligibility_rule where id = ?")
			.param(override.getId())
			.query(String.class)
			.single()).isEqualTo("75.5 boolean");
		assertThat(override.parameterTexts()).containsEntry("percent", "75,5").containsEntry("strict", "true");
		RuleResult stricterResult = result(null, "TTLDXS", districtA, code);
		assertThat(stricterResult.passed()).isFalse();
		assertThat(messages.getMessage(stricterResult.messageKey(), stricterResult.args(), Locale.of("vi", "VN")))
			.contains("3/4", "trên 75,5 %");
		assertThat(result(null, "TTLDXS", districtB, "TTLDXS_MEMBERS_LDTT").passed())
			.as("proposed by a sibling district")
			.isTrue();
	}

	@Test
	void onlyARuleOfAScopeAboveIsOverriddenOnceForAPeriodWithTheSameCheck() {
		long national = seeded("LDTT_RATING");
		CurrentUser district = adminOf(districtA);
		EligibilityRule own = rules.add(rating("OWN_" + suffix, "LDTT", "GOOD", FAR, null), district);
		Map<String, @Nullable String> excellent = Map.of("minRating", "EXCELLENT");

		assertThat(violation(() -> rules.override(own.getId(), own.getVersion(),
				draft("O1_" + suffix, "LDTT", CheckKind.RATING_IN_YEAR, excellent, FAR, null), district)))
			.isEqualTo("rule.override.ownScope");
		assertThat(violation(() -> rules.override(own.getId(), own.getVersion(),
				draft("O2_" + suffix, "LDTT", CheckKind.RATING_IN_YEAR, excellent, FAR, null), traVinh)))
			.isEqualTo("rule.override.notAbove");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> rules.override(own.getId(), own.getVersion(),
					draft("O3_" + suffix, "LDTT", CheckKind.RATING_IN_YEAR, excellent, FAR, null), adminOf(districtB)));
		long version = version(national);
		assertThat(violation(() -> rules.override(national, version,
				draft("O4_" + suffix, "LDTT", CheckKind.RATING_IN_YEAR, excellent, FAR, null), admin)))
			.isEqualTo("rule.override.ownScope");
		assertThat(violation(() -> rules.override(seeded("NOT_COUNTING_KINDS"), version(seeded("NOT_COUNTING_KINDS")),
				draft("O5_" + suffix, null, CheckKind.LADDER_EXCLUDES_KINDS, Map.of(), FAR, null), district)))
			.isEqualTo("rule.kind.notEditable");
		assertThat(violation(() -> rules.override(national, version,
				draft("O6_" + suffix, "LDTT", CheckKind.NO_PENDING_DISCIPLINE, Map.of(), FAR, null), district)))
			.isEqualTo("rule.override.sameCheck");
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> rules.override(national, version + 1,
				draft("O7_" + suffix, "LDTT", CheckKind.RATING_IN_YEAR, excellent, FAR, null), district));

		rules.override(national, version, draft("O8_" + suffix, "LDTT", CheckKind.RATING_IN_YEAR, excellent, FAR, null),
				district);
		assertThat(violation(() -> rules.override(national, version,
				draft("O9_" + suffix, "LDTT", CheckKind.RATING_IN_YEAR, excellent, FAR.plusYears(1), null), district)))
			.isEqualTo("rule.override.exists");
		assertThat(jdbc.sql("select count(*) from eligibility_rule where overrides_rule_id = ? and scope_unit_id = ?")
			.params(national, districtA)
			.query(Long.class)
			.single()).isOne();
	}

	private long district(String letter) {
		return unitManagement
			.create(traVinh.unitId(),
					new UnitDetails("QD-" + letter + suffix, "Huyện Quy Định " + letter + " " + suffix,
							UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)),
					users.current("officer.tv"))
			.getId();
	}

	private CurrentUser adminOf(long unitId) {
		return new CurrentUser(0, "quantri.quydinh", "Quản trị quy định", unitId, Set.of(Role.ADMIN));
	}

	private static RuleDraft rating(String code, String awardType, String minRating, LocalDate from,
			@Nullable LocalDate to) {
		return draft(code, awardType, CheckKind.RATING_IN_YEAR, Map.of("minRating", minRating), from, to);
	}

	private static RuleDraft draft(String code, @Nullable String awardType, CheckKind kind,
			Map<String, @Nullable String> parameters, LocalDate from, @Nullable LocalDate to) {
		return new RuleDraft(code, awardType, kind, parameters, "Quyết định thử nghiệm", "Điều kiện thử nghiệm.", from,
				to, Severity.BLOCKING);
	}

	private long seeded(String code) {
		return jdbc.sql("select id from eligibility_rule where code = ?").param(code).query(Long.class).single();
	}

	private long version(long id) {
		return jdbc.sql("select version from eligibility_rule where id = ?").param(id).query(Long.class).single();
	}

	private @Nullable LocalDate effectiveTo(long id) {
		return jdbc.sql("select effective_to from eligibility_rule where id = ?")
			.param(id)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private List<AuditEntryRow> audit(long ruleId) {
		return auditLog.page(new AuditFilter(null, "EligibilityRule", String.valueOf(ruleId), null, null, null), null,
				10, users.current("admin"));
	}

	private List<String> ruleCodes(String type, LocalDate received, long proposingUnit) {
		return engine.check(List.of(new Nominee(1, null, proposingUnit, type, 2024)), received, proposingUnit)
			.getFirst()
			.results()
			.stream()
			.map(RuleResult::ruleCode)
			.toList();
	}

	/**
	 * A verdict on a person of district A (or on district A itself, with no person) for
	 * 2024, as proposed by the given unit.
	 */
	private RuleResult result(@Nullable Long person, String type, long proposingUnit, String code) {
		return engine.check(List.of(new Nominee(1, person, districtA, type, 2024)), RECEIVED, proposingUnit)
			.getFirst()
			.results()
			.stream()
			.filter(result -> result.ruleCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static String violation(Runnable action) {
		try {
			action.run();
		}
		catch (BusinessRuleViolation violation) {
			return violation.messageKey();
		}
		throw new AssertionError("no rule was broken");
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
