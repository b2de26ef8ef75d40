package vn.thidua.movement;

public enum ReportStatus {

	SUBMITTED, RETURNED, ACCEPTED;

	boolean isEditableByUnit() {
		return this != ACCEPTED;
	}

}
