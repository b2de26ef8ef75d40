package vn.thidua.shared.due;

/**
 * The kinds of work the home page lists: work with a due date, work waiting for the
 * user's check, vote or signature, and work returned to be fixed.
 */
public enum DueKind {

	PROGRESS_REPORT, REPORTS_LATE, REPORTS_TO_REVIEW, REGISTRATION, REPORT_RETURNED, REVIEW_SCORING, SELF_ASSESSMENT,
	SELF_ASSESSMENT_RETURNED, APPRAISAL, PUBLICATION_ENDING, BOARD_SESSION, VOTE, DECISION, ISSUE, FILING,
	PROPOSAL_RETURNED;

	public boolean isReturned() {
		return this == REPORT_RETURNED || this == SELF_ASSESSMENT_RETURNED || this == PROPOSAL_RETURNED;
	}

}
