package vn.thidua.report;

/**
 * The part of a year a report covers, by decision date: the whole year, the first six
 * months (to 30/06) or the last six.
 */
public enum Half {

	YEAR, FIRST, SECOND

}
