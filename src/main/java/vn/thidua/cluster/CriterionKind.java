package vn.thidua.cluster;

/**
 * A criterion scored up to its maximum, or a bonus or penalty item up to its limit.
 */
public enum CriterionKind {

	SCORED, BONUS, PENALTY

}
