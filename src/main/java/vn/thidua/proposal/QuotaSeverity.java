package vn.thidua.proposal;

/**
 * What going over a quota does: refuse the proposal at submission, or only warn.
 */
public enum QuotaSeverity {

	BLOCK, WARN

}
