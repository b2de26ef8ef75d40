package vn.thidua.proposal;

/**
 * Where a proposal stands, from the unit's draft to the awards in the registry. A
 * proposal whose awards belong to the Prime Minister or the President goes from VOTED to
 * FORWARDED (its chair signed the cover letter upward) and to AWARDED once the office
 * records the upper decision; it is never DECIDED or ISSUED by the province.
 */
public enum ProposalStatus {

	DRAFT, SUBMITTED, IN_APPRAISAL, RETURNED, PUBLISHED, VOTING, VOTED, DECIDED, ISSUED, AWARDED, FORWARDED;

	/**
	 * Whether the proposing unit may edit it in this state, by the workflow table.
	 */
	public boolean editableByUnit() {
		return ProposalWorkflow.Step.EDIT.allowsFrom(this);
	}

}
