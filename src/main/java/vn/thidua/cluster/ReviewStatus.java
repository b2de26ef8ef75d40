package vn.thidua.cluster;

/**
 * A finalised review is locked until a supervising officer reopens it.
 */
public enum ReviewStatus {

	OPEN, FINALISED

}
