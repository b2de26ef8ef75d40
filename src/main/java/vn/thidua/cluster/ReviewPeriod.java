package vn.thidua.cluster;

/**
 * Sơ kết 6 tháng or tổng kết năm.
 */
public enum ReviewPeriod {

	MID_YEAR, YEAR_END

}
