package vn.thidua.proposal;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.Eligibility;

/**
 * What the engine says of a line, and the proposal sent earlier that already nominates
 * the same subject for the same award and year, if any: its title and id. The earliest
 * proposal wins; this one is blocked.
 */
public record LineVerdict(Eligibility eligibility, @Nullable String alsoProposedIn, @Nullable Long earlierProposalId) {

	public LineOutcome outcome() {
		if (eligibility.isBlocked() || alsoProposedIn != null) {
			return LineOutcome.BLOCKED;
		}
		return eligibility.hasWarnings() ? LineOutcome.WARNING : LineOutcome.PASSED;
	}

}
