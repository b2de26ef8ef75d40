package vn.thidua.proposal;

/**
 * The engine's verdict on a line as last checked.
 */
public enum LineOutcome {

	PASSED, WARNING, BLOCKED

}
