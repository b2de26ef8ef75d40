package vn.thidua.unit;

/**
 * The kind of a unit. Districts were abolished on 01/07/2025 and stay for history.
 */
public enum UnitKind {

	NATIONAL, PROVINCE, DISTRICT, COMMUNE, DEPARTMENT, OTHER

}
