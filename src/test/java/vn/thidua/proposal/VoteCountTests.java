package vn.thidua.proposal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.thidua.award.AwardType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thresholds a line must clear: attendance, then approval over all members or over
 * those present, strictly more than or at least, with conflicted members left out.
 */
class VoteCountTests {

	static final AwardType MAJORITY_OF_ALL = type("0.6666", "0.5", true, true);

	static final AwardType NINETY_PERCENT_OF_ALL = type("0.6666", "0.9", false, true);

	static final AwardType MAJORITY_OF_PRESENT = type("0.6666", "0.5", true, false);

	@Test
	void twoThirdsMustAttend() {
		assertThat(new VoteCount(6, 0, 0, 0).passes(MAJORITY_OF_ALL, 9, 6)).isTrue();
		assertThat(new VoteCount(5, 0, 0, 0).passes(MAJORITY_OF_ALL, 9, 5)).isFalse();
		assertThat(new VoteCount(2, 0, 0, 0).passes(MAJORITY_OF_ALL, 3, 2)).isTrue();
	}

	@Test
	void exactlyHalfIsNotAMajority() {
		assertThat(new VoteCount(5, 5, 0, 0).passes(MAJORITY_OF_ALL, 10, 10)).isFalse();
		assertThat(new VoteCount(6, 4, 0, 0).passes(MAJORITY_OF_ALL, 10, 10)).isTrue();
	}

	@Test
	void overAllMembersAbsentMembersCountAgainst() {
		assertThat(new VoteCount(4, 0, 3, 0).passes(MAJORITY_OF_ALL, 10, 7)).isFalse();
		assertThat(new VoteCount(4, 0, 3, 0).passes(MAJORITY_OF_PRESENT, 10, 7)).isTrue();
	}

	@Test
	void ninetyPercentIsReachedExactly() {
		assertThat(new VoteCount(9, 1, 0, 0).passes(NINETY_PERCENT_OF_ALL, 10, 10)).isTrue();
		assertThat(new VoteCount(8, 1, 1, 0).passes(NINETY_PERCENT_OF_ALL, 10, 10)).isFalse();
	}

	@Test
	void aConflictedMemberIsLeftOutOfTheCount() {
		assertThat(new VoteCount(9, 0, 0, 1).passes(NINETY_PERCENT_OF_ALL, 10, 10)).isTrue();
		assertThat(new VoteCount(1, 1, 0, 1).passes(MAJORITY_OF_PRESENT, 3, 3)).isFalse();
		assertThat(new VoteCount(0, 0, 0, 3).passes(MAJORITY_OF_PRESENT, 3, 3)).isFalse();
	}

	private static AwardType type(String attendance, String approval, boolean strict, boolean overAll) {
		return new AwardType("X", "X", "TITLE", "INDIVIDUAL", new BigDecimal(attendance), new BigDecimal(approval),
				strict, overAll, false, null);
	}

}
