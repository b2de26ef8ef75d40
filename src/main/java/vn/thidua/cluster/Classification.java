package vn.thidua.cluster;

/**
 * Xuất sắc, tốt, khá, không hoàn thành — by the pact's thresholds.
 */
public enum Classification {

	EXCELLENT, GOOD, FAIR, NOT_COMPLETED

}
