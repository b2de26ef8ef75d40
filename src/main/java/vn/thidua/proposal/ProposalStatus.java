package vn.thidua.proposal;

/**
 * Where a proposal stands, from the unit's draft to the awards in the registry.
 */
public enum ProposalStatus {

	DRAFT, SUBMITTED, IN_APPRAISAL, RETURNED, PUBLISHED, VOTING, VOTED, DECIDED, ISSUED, AWARDED;

	public boolean editableByUnit() {
		return this == DRAFT || this == RETURNED;
	}

}
