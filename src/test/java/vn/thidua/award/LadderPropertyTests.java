package vn.thidua.award;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladders, on random histories: a CONSECUTIVE_AWARDS rule is satisfied exactly when
 * every year of its window holds the award in a record that is neither revoked nor of a
 * kind that does not count (sudden, movement); when it is not, it names every missing
 * year.
 */
class LadderPropertyTests {

	private static final int YEAR = 2025;

	@Provide
	Arbitrary<List<AwardFact>> histories() {
		Arbitrary<AwardFact> award = Combinators
			.combine(Arbitraries.of("CSTDCS", "LDTT"),
					Arbitraries.of(AwardKind.MERIT, AwardKind.SUDDEN, AwardKind.MOVEMENT),
					Arbitraries.integers().between(YEAR - 7, YEAR), Arbitraries.of(true, false))
			.as((type, kind, year, revoked) -> new AwardFact(type, kind, year, year + "/QĐ", revoked));
		return award.list().ofMaxSize(12);
	}

	@Property(tries = 500)
	void aLadderHoldsExactlyWhenEveryYearOfItsWindowHasACountingAward(@ForAll("histories") List<AwardFact> history,
			@ForAll @IntRange(min = 1, max = 4) int count, @ForAll @IntRange(min = 0, max = 1) int endOffset) {
		Rule rule = CheckKindTests.rule(CheckKind.CONSECUTIVE_AWARDS,
				Map.of("awardType", "CSTDCS", "count", count, "endOffset", endOffset));
		Nominee nominee = new Nominee(1, 7L, 70, "CSTD_TINH", YEAR);
		Registry registry = new Registry(Map.of(7L, history), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
				Map.of(), Map.of(), Map.of(), EnumSet.of(AwardKind.SUDDEN, AwardKind.MOVEMENT));

		RuleResult result = CheckKind.CONSECUTIVE_AWARDS.check(rule, nominee, registry);

		int end = YEAR - endOffset;
		List<Integer> window = IntStream.rangeClosed(end - count + 1, end).boxed().toList();
		Set<Integer> counting = history.stream()
			.filter(award -> award.type().equals("CSTDCS") && !award.revoked() && award.kind() == AwardKind.MERIT)
			.map(AwardFact::year)
			.collect(Collectors.toSet());
		List<Integer> missing = window.stream().filter(year -> !counting.contains(year)).toList();
		assertThat(result.passed()).isEqualTo(missing.isEmpty());
		if (!missing.isEmpty()) {
			assertThat(result.args()[3])
				.isEqualTo(missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
			boolean ignoredAny = history.stream()
				.anyMatch(award -> award.type().equals("CSTDCS") && missing.contains(award.year())
						&& (award.revoked() || award.kind() != AwardKind.MERIT));
			assertThat(result.messageKey())
				.isEqualTo(ignoredAny ? "rule.consecutive.failedIgnoring" : "rule.consecutive.failed");
		}
	}

	@Property(tries = 200)
	void theRuleReadsTheSameWhateverTheOrderOfTheHistory(@ForAll("histories") List<AwardFact> history) {
		Rule rule = CheckKindTests.rule(CheckKind.CONSECUTIVE_AWARDS,
				Map.of("awardType", "CSTDCS", "count", 3, "endOffset", 0));
		Nominee nominee = new Nominee(1, 7L, 70, "CSTD_TINH", YEAR);
		List<AwardFact> reversed = history.reversed();
		boolean forward = CheckKind.CONSECUTIVE_AWARDS
			.check(rule, nominee,
					new Registry(Map.of(7L, history), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
							Map.of(), Map.of(), EnumSet.of(AwardKind.SUDDEN, AwardKind.MOVEMENT)))
			.passed();
		boolean backward = CheckKind.CONSECUTIVE_AWARDS
			.check(rule, nominee,
					new Registry(Map.of(7L, reversed), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
							Map.of(), Map.of(), EnumSet.of(AwardKind.SUDDEN, AwardKind.MOVEMENT)))
			.passed();
		assertThat(forward).isEqualTo(backward);
		assertThat(LocalDate.of(YEAR, 1, 1).getYear()).isEqualTo(YEAR);
	}

}
