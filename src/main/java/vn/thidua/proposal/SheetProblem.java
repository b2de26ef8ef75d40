package vn.thidua.proposal;

/**
 * What is wrong with one cell of a sheet row, or with the whole row when {@code column}
 * is empty.
 */
public record SheetProblem(String column, String messageKey, Object... args) {

	public boolean isRowProblem() {
		return column.isEmpty();
	}

}
