package vn.thidua.unit.reorganisation;

/**
 * Why a plan cannot be applied as it stands: the row (0 for the plan as a whole), the
 * field, and a message with its arguments.
 */
public record PlanProblem(int row, String field, String messageKey, Object... args) {

	public boolean isOfRow() {
		return row > 0;
	}

}
