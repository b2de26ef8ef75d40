package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check kind on its own, without Spring or a database: a rule, a nominee and the
 * facts the registry would hold.
 */
class CheckKindTests {

	private static final long PERSON = 7;

	private static final long UNIT = 70;

	private static final int YEAR = 2025;

	private final List<AwardFact> awards = new ArrayList<>();

	private final Map<Integer, Rating> ratings = new java.util.HashMap<>();

	private final List<InitiativeFact> initiatives = new ArrayList<>();

	private String discipline;

	private MemberFacts members = MemberFacts.NONE;

	private Set<Integer> led = Set.of();

	static Rule rule(CheckKind kind, Map<String, Object> parameters) {
		return new Rule(1, "R_" + kind, null, kind, parameters, "Luật Thi đua, khen thưởng 2022", "Mô tả", null,
				LocalDate.of(2024, 1, 1), null, Severity.BLOCKING, null);
	}

	private Registry registry(Nominee... batch) {
		Map<Long, List<AwardFact>> people = Map.of(PERSON, awards);
		return new Registry(people, Map.of(UNIT, awards), Map.of(PERSON, ratings), Map.of(UNIT, ratings),
				Map.of(PERSON, initiatives), discipline == null ? Map.of() : Map.of(PERSON, discipline),
				discipline == null ? Map.of() : Map.of(UNIT, discipline), Map.of(UNIT, led),
				Map.of(new MemberFacts.Key(UNIT, YEAR), members), EnumSet.of(AwardKind.SUDDEN, AwardKind.MOVEMENT))
			.alongside(List.of(batch));
	}

	private static Nominee person(String type) {
		return new Nominee(1, PERSON, UNIT, type, YEAR);
	}

	private static Nominee collective(String type) {
		return new Nominee(2, null, UNIT, type, YEAR);
	}

	private RuleResult check(CheckKind kind, Map<String, Object> parameters, Nominee nominee, Nominee... batch) {
		return kind.check(rule(kind, parameters), nominee, registry(batch));
	}

	@Test
	void ladderExcludesKindsJudgesNobody() {
		assertThat(check(CheckKind.LADDER_EXCLUDES_KINDS, Map.of("kinds", List.of("SUDDEN")), person("LDTT"))).isNull();
	}

	@Test
	void noPendingDiscipline() {
		assertThat(check(CheckKind.NO_PENDING_DISCIPLINE, Map.of(), person("LDTT")).passed()).isTrue();
		discipline = "Khiển trách";
		RuleResult failed = check(CheckKind.NO_PENDING_DISCIPLINE, Map.of(), person("LDTT"));
		assertThat(failed.passed()).isFalse();
		assertThat(failed.messageKey()).isEqualTo("rule.discipline.failed");
	}

	@Test
	void notAlreadyAwardedInYearIgnoresRevokedAwards() {
		assertThat(check(CheckKind.NOT_ALREADY_AWARDED_IN_YEAR, Map.of(), person("LDTT")).passed()).isTrue();
		awards.add(new AwardFact("LDTT", AwardKind.MERIT, YEAR, "1/QĐ", true));
		assertThat(check(CheckKind.NOT_ALREADY_AWARDED_IN_YEAR, Map.of(), person("LDTT")).passed()).isTrue();
		awards.add(new AwardFact("LDTT", AwardKind.MERIT, YEAR, "2/QĐ", false));
		assertThat(check(CheckKind.NOT_ALREADY_AWARDED_IN_YEAR, Map.of(), person("LDTT")).passed()).isFalse();
	}

	@Test
	void ratingInYear() {
		Map<String, Object> good = Map.of("minRating", "GOOD");
		assertThat(check(CheckKind.RATING_IN_YEAR, good, person("LDTT")).messageKey()).isEqualTo("rule.rating.missing");
		ratings.put(YEAR, Rating.COMPLETED);
		assertThat(check(CheckKind.RATING_IN_YEAR, good, person("LDTT")).passed()).isFalse();
		ratings.put(YEAR, Rating.EXCELLENT);
		assertThat(check(CheckKind.RATING_IN_YEAR, good, person("LDTT")).passed()).isTrue();
	}

	@Test
	void initiativeInYears() {
		Map<String, Object> one = Map.of("minInfluence", "PROVINCE", "years", 2, "count", 1);
		initiatives.add(new InitiativeFact(YEAR, Influence.UNIT, "Cấp cơ sở"));
		initiatives.add(new InitiativeFact(YEAR - 2, Influence.NATIONAL, "Quá cũ"));
		assertThat(check(CheckKind.INITIATIVE_IN_YEARS, one, person("CSTD_TINH")).passed()).isFalse();
		initiatives.add(new InitiativeFact(YEAR - 1, Influence.PROVINCE, "Cấp tỉnh"));
		assertThat(check(CheckKind.INITIATIVE_IN_YEARS, one, person("CSTD_TINH")).passed()).isTrue();
	}

	@Test
	void consecutiveAwardsNamesEveryMissingYearAndEveryRecordThatDidNotCount() {
		Map<String, Object> three = Map.of("awardType", "CSTDCS", "count", 3, "endOffset", 0);
		awards.add(new AwardFact("CSTDCS", AwardKind.MERIT, 2025, "3/QĐ", false));
		awards.add(new AwardFact("CSTDCS", AwardKind.SUDDEN, 2024, "88/QĐ", false));
		awards.add(new AwardFact("CSTDCS", AwardKind.MERIT, 2023, "7/QĐ", true));

		RuleResult failed = check(CheckKind.CONSECUTIVE_AWARDS, three, person("CSTD_TINH"));

		assertThat(failed.passed()).isFalse();
		assertThat(failed.messageKey()).isEqualTo("rule.consecutive.failedIgnoring");
		assertThat(failed.args()[2]).isEqualTo("2025");
		assertThat(failed.args()[3]).isEqualTo("2023, 2024");
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("rule.notCounted.pair", java.util.Locale.ROOT, "{0}; {1}");
		messages.addMessage("rule.notCounted.REVOKED", java.util.Locale.ROOT, "{0} {1} revoked");
		messages.addMessage("rule.notCounted.SUDDEN", java.util.Locale.ROOT, "{0} {1} sudden");
		assertThat(messages.getMessage((MessageSourceResolvable) failed.args()[4], java.util.Locale.ROOT))
			.isEqualTo("2023 7/QĐ revoked; 2024 88/QĐ sudden");

		awards.set(1, new AwardFact("CSTDCS", AwardKind.MERIT, 2024, "8/QĐ", false));
		awards.set(2, new AwardFact("CSTDCS", AwardKind.MERIT, 2023, "7/QĐ", false));
		assertThat(check(CheckKind.CONSECUTIVE_AWARDS, three, person("CSTD_TINH")).passed()).isTrue();
	}

	@Test
	void consecutiveAwardsMayPassByTheAlternative() {
		Map<String, Object> rule = Map.of("awardType", "CSTDCS", "count", 2, "endOffset", 0, "orRating", "EXCELLENT",
				"orInitiatives", 2);
		ratings.put(2024, Rating.EXCELLENT);
		ratings.put(2025, Rating.EXCELLENT);
		initiatives.add(new InitiativeFact(2024, Influence.UNIT, "A"));
		assertThat(check(CheckKind.CONSECUTIVE_AWARDS, rule, person("BK_TINH")).passed()).isFalse();
		initiatives.add(new InitiativeFact(2025, Influence.UNIT, "B"));
		RuleResult passed = check(CheckKind.CONSECUTIVE_AWARDS, rule, person("BK_TINH"));
		assertThat(passed.passed()).isTrue();
		assertThat(passed.messageKey()).isEqualTo("rule.consecutive.alternative");
	}

	@Test
	void yearsSincePrerequisite() {
		Map<String, Object> rule = Map.of("prerequisite", "BK_TINH", "years", 5, "minRating", "GOOD", "awardType",
				"CSTDCS", "awardCount", 3, "excellentCount", 0);
		assertThat(check(CheckKind.YEARS_SINCE_PREREQUISITE, rule, person("BK_TTG")).messageKey())
			.isEqualTo("rule.prerequisite.missing");
		awards.add(new AwardFact("BK_TINH", AwardKind.MERIT, 2022, "1/QĐ", false));
		assertThat(check(CheckKind.YEARS_SINCE_PREREQUISITE, rule, person("BK_TTG")).messageKey())
			.isEqualTo("rule.prerequisite.tooRecent");
		awards.set(0, new AwardFact("BK_TINH", AwardKind.MERIT, 2020, "1/QĐ", false));
		assertThat(check(CheckKind.YEARS_SINCE_PREREQUISITE, rule, person("BK_TTG")).messageKey())
			.isEqualTo("rule.prerequisite.ratings");
		for (int year = 2021; year <= 2025; year++) {
			ratings.put(year, Rating.GOOD);
		}
		assertThat(check(CheckKind.YEARS_SINCE_PREREQUISITE, rule, person("BK_TTG")).messageKey())
			.isEqualTo("rule.prerequisite.awards");
		for (int year = 2023; year <= 2025; year++) {
			awards.add(new AwardFact("CSTDCS", AwardKind.MERIT, year, year + "/QĐ", false));
		}
		assertThat(check(CheckKind.YEARS_SINCE_PREREQUISITE, rule, person("BK_TTG")).passed()).isTrue();
	}

	@Test
	void leadsCluster() {
		assertThat(check(CheckKind.LEADS_CLUSTER, Map.of(), collective("CO_TINH")).passed()).isFalse();
		led = Set.of(YEAR);
		assertThat(check(CheckKind.LEADS_CLUSTER, Map.of(), collective("CO_TINH")).passed()).isTrue();
	}

	@Test
	void awardInYearCountsTheRegistryOrTheSameProposalButNotARevokedRecord() {
		Map<String, Object> ldtt = Map.of("awardType", "LDTT");
		RuleResult missing = check(CheckKind.AWARD_IN_YEAR, ldtt, person("CSTDCS"));
		assertThat(missing.passed()).isFalse();
		assertThat(missing.messageKey()).isEqualTo("rule.awardInYear.failed");

		RuleResult alongside = check(CheckKind.AWARD_IN_YEAR, ldtt, person("CSTDCS"), person("CSTDCS"),
				new Nominee(9, PERSON, UNIT, "LDTT", YEAR));
		assertThat(alongside.passed()).isTrue();
		assertThat(alongside.messageKey()).isEqualTo("rule.awardInYear.alongside");
		// the same title proposed for another year does not count
		assertThat(check(CheckKind.AWARD_IN_YEAR, ldtt, person("CSTDCS"), new Nominee(9, PERSON, UNIT, "LDTT", 2024))
			.passed()).isFalse();

		awards.add(new AwardFact("LDTT", AwardKind.MERIT, YEAR, "5/QĐ", true));
		RuleResult revoked = check(CheckKind.AWARD_IN_YEAR, ldtt, person("CSTDCS"));
		assertThat(revoked.passed()).isFalse();
		assertThat(revoked.messageKey()).isEqualTo("rule.awardInYear.failedIgnoring");

		awards.add(new AwardFact("LDTT", AwardKind.MERIT, YEAR, "6/QĐ", false));
		assertThat(check(CheckKind.AWARD_IN_YEAR, ldtt, person("CSTDCS")).passed()).isTrue();
	}

	@Test
	void memberShare() {
		Map<String, Object> rule = Map.of("percent", new BigDecimal("70"), "awardType", "LDTT");
		assertThat(check(CheckKind.MEMBER_SHARE, rule, collective("TTLDTT")).messageKey())
			.isEqualTo("rule.memberShare.noMembers");
		members = new MemberFacts(10, Map.of("LDTT", 6), Map.of(), List.of());
		assertThat(check(CheckKind.MEMBER_SHARE, rule, collective("TTLDTT")).passed()).isFalse();
		members = new MemberFacts(10, Map.of("LDTT", 7), Map.of(), List.of());
		assertThat(check(CheckKind.MEMBER_SHARE, rule, collective("TTLDTT")).passed()).isTrue();
		Map<String, Object> strict = Map.of("percent", new BigDecimal("70"), "awardType", "LDTT", "strict", true);
		assertThat(check(CheckKind.MEMBER_SHARE, strict, collective("TTLDTT")).passed()).isFalse();
	}

	@Test
	void memberCount() {
		Map<String, Object> rule = Map.of("min", 1, "minRating", "EXCELLENT");
		members = new MemberFacts(5, Map.of(), Map.of(Rating.GOOD, 5), List.of());
		assertThat(check(CheckKind.MEMBER_COUNT, rule, collective("TTLDXS")).passed()).isFalse();
		members = new MemberFacts(5, Map.of(), Map.of(Rating.GOOD, 4, Rating.EXCELLENT, 1), List.of());
		assertThat(check(CheckKind.MEMBER_COUNT, rule, collective("TTLDXS")).passed()).isTrue();
	}

	@Test
	void noMemberDisciplined() {
		Map<String, Object> rule = Map.of("minPenalty", "WARNING");
		members = new MemberFacts(5, Map.of(), Map.of(),
				List.of(new MemberFacts.Disciplined("Lê Văn Nhẹ", DisciplinePenalty.REPRIMAND)));
		assertThat(check(CheckKind.NO_MEMBER_DISCIPLINED, rule, collective("TTLDXS")).passed()).isTrue();
		members = new MemberFacts(5, Map.of(), Map.of(),
				List.of(new MemberFacts.Disciplined("Lê Văn Nặng", DisciplinePenalty.DEMOTION)));
		RuleResult failed = check(CheckKind.NO_MEMBER_DISCIPLINED, rule, collective("TTLDXS"));
		assertThat(failed.passed()).isFalse();
		assertThat(failed.args()[3]).isEqualTo("Lê Văn Nặng");
	}

	@Test
	void everyKindIsCoveredHere() {
		assertThat(CheckKind.values()).hasSize(12);
	}

}
