package vn.thidua.proposal;

/**
 * The documents of a dossier.
 */
public enum DocumentKind {

	COVER_LETTER, ACHIEVEMENT_REPORT, COUNCIL_MINUTES, EVIDENCE

}
