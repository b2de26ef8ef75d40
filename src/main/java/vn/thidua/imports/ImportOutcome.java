package vn.thidua.imports;

/**
 * Where a run ended: checked and ready, checked with problems, written, refused on
 * confirmation because the file or the data changed, or failed.
 */
public enum ImportOutcome {

	CHECKED, INVALID, COMMITTED, REFUSED, FAILED

}
