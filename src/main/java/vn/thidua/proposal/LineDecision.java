package vn.thidua.proposal;

/**
 * The chair's decision on a line.
 */
public enum LineDecision {

	APPROVED, REJECTED, DEFERRED

}
