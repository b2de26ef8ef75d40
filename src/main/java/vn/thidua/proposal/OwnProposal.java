package vn.thidua.proposal;

/**
 * A proposal of the user's own unit still on its way, as the home page shows it: where it
 * stands, what happens next and who must act.
 */
public record OwnProposal(long id, String title, int year, ProposalStatus status, String decidingUnit, int lineCount) {

	/**
	 * Whether the next move is the unit's own (a draft to send, a returned one to fix).
	 */
	public boolean unitActs() {
		return status == ProposalStatus.DRAFT || status == ProposalStatus.RETURNED;
	}

	/**
	 * The message key of what happens next, with the deciding unit's name as argument.
	 */
	public String nextKey() {
		return "home.own.next." + status;
	}

}
