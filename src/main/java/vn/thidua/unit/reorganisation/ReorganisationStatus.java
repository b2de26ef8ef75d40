package vn.thidua.unit.reorganisation;

/**
 * A plan is prepared as a draft and applied once, all or nothing.
 */
public enum ReorganisationStatus {

	DRAFT, APPLIED

}
