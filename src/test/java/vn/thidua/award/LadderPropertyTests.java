package vn.thidua.award;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladders, on random histories (each repetition has its own seed, named in the
 * failure): a CONSECUTIVE_AWARDS rule is satisfied exactly when every year of its window
 * holds the award in a record that is neither revoked nor of a kind that does not count
 * (sudden, movement); when it is not, it names every missing year.
 */
class LadderPropertyTests {

	private static final int YEAR = 2025;

	private static final List<AwardKind> KINDS = List.of(AwardKind.MERIT, AwardKind.SUDDEN, AwardKind.MOVEMENT);

	@RepeatedTest(500)
	void aLadderHoldsExactlyWhenEveryYearOfItsWindowHasACountingAward(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		List<AwardFact> history = history(random);
		int count = 1 + random.nextInt(4);
		int endOffset = random.nextInt(2);
		Rule rule = CheckKindTests.rule(CheckKind.CONSECUTIVE_AWARDS,
				Map.of("awardType", "CSTDCS", "count", count, "endOffset", endOffset));

		RuleResult result = CheckKind.CONSECUTIVE_AWARDS.check(rule, nominee(), registry(history));

		int end = YEAR - endOffset;
		List<Integer> window = IntStream.rangeClosed(end - count + 1, end).boxed().toList();
		Set<Integer> counting = history.stream()
			.filter(award -> award.type().equals("CSTDCS") && !award.revoked() && award.kind() == AwardKind.MERIT)
			.map(AwardFact::year)
			.collect(Collectors.toSet());
		List<Integer> missing = window.stream().filter(year -> !counting.contains(year)).toList();
		String seed = "seed " + repetition.getCurrentRepetition() + ", history " + history;
		assertThat(result.passed()).as(seed).isEqualTo(missing.isEmpty());
		if (!missing.isEmpty()) {
			assertThat(result.args()[3]).as(seed)
				.isEqualTo(missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
			boolean ignoredAny = history.stream()
				.anyMatch(award -> award.type().equals("CSTDCS") && missing.contains(award.year())
						&& (award.revoked() || award.kind() != AwardKind.MERIT));
			assertThat(result.messageKey()).as(seed)
				.isEqualTo(ignoredAny ? "rule.consecutive.failedIgnoring" : "rule.consecutive.failed");
		}
	}

	@RepeatedTest(200)
	void theRuleReadsTheSameWhateverTheOrderOfTheHistory(RepetitionInfo repetition) {
		List<AwardFact> history = history(new Random(10_000 + repetition.getCurrentRepetition()));
		Rule rule = CheckKindTests.rule(CheckKind.CONSECUTIVE_AWARDS,
				Map.of("awardType", "CSTDCS", "count", 3, "endOffset", 0));

		boolean forward = CheckKind.CONSECUTIVE_AWARDS.check(rule, nominee(), registry(history)).passed();
		boolean backward = CheckKind.CONSECUTIVE_AWARDS.check(rule, nominee(), registry(history.reversed())).passed();

		assertThat(forward).as("history " + history).isEqualTo(backward);
	}

	private static List<AwardFact> history(Random random) {
		List<AwardFact> history = new ArrayList<>();
		for (int i = random.nextInt(13); i > 0; i--) {
			int year = YEAR - random.nextInt(8);
			history.add(new AwardFact(random.nextBoolean() ? "CSTDCS" : "LDTT", KINDS.get(random.nextInt(KINDS.size())),
					year, year + "/QĐ", random.nextBoolean()));
		}
		return history;
	}

	private static Nominee nominee() {
		return new Nominee(1, 7L, 70, "CSTD_TINH", YEAR);
	}

	private static Registry registry(List<AwardFact> history) {
		return new Registry(Map.of(7L, history), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
				Map.of(), EnumSet.of(AwardKind.SUDDEN, AwardKind.MOVEMENT));
	}

}
