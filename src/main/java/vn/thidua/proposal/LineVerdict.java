package vn.thidua.proposal;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.Eligibility;

/**
 * What the engine says of a line, and the other proposal that already nominates the same
 * subject for the same award and year, if any.
 */
public record LineVerdict(Eligibility eligibility, @Nullable String alsoProposedIn) {

	public LineOutcome outcome() {
		if (eligibility.isBlocked() || alsoProposedIn != null) {
			return LineOutcome.BLOCKED;
		}
		return eligibility.hasWarnings() ? LineOutcome.WARNING : LineOutcome.PASSED;
	}

}
