package vn.thidua.report;

/**
 * The part of a year a report covers, by decision date: the whole year, the first six
 * months (to 30/06), the last six, or the statistical year of emulation and commendation
 * (01/12 of the year before to 30/11), which the statistical forms of the Ministry of
 * Home Affairs count over (Thông tư 02/2023/TT-BNV, see docs/statutory-forms.md).
 */
public enum Half {

	YEAR, FIRST, SECOND, STATISTICAL_YEAR

}
