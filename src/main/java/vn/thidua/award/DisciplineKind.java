package vn.thidua.award;

/**
 * What a discipline record is: a discipline decision, or an investigation, an inspection
 * or a complaint under way. While any of them is open no award is proposed for the
 * subject.
 */
public enum DisciplineKind {

	DISCIPLINE, INVESTIGATION, INSPECTION, COMPLAINT

}
