package vn.thidua.proposal;

import java.math.BigDecimal;

import vn.thidua.award.AwardType;

/**
 * The counts on one line of a session; a conflicted member's ballot counts only as
 * excluded.
 */
public record VoteCount(int agree, int disagree, int abstain, int excluded) {

	/**
	 * Whether the line carries under the award type's thresholds: enough members present,
	 * and enough agreeing over all members or over those present, conflicted members left
	 * out of the count.
	 */
	public boolean passes(AwardType type, int membersTotal, int present) {
		boolean quorum = BigDecimal.valueOf(present)
			.compareTo(type.voteAttendance().multiply(BigDecimal.valueOf(membersTotal))) >= 0;
		int denominator = (type.votesOverAllMembers() ? membersTotal : present) - excluded;
		if (!quorum || denominator <= 0) {
			return false;
		}
		int comparison = BigDecimal.valueOf(agree)
			.compareTo(type.voteApproval().multiply(BigDecimal.valueOf(denominator)));
		return type.voteApprovalStrict() ? comparison > 0 : comparison >= 0;
	}

}
