package vn.thidua.proposal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One data row of a sheet of lines as typed (the sheet's own row number), what it will
 * become — the person or collective found and the award — and either its problems or, for
 * a row that will be added, the engine's verdict. A row already in the proposal is not
 * added again.
 */
public record SheetLine(int rowNumber, String name, String birthDate, String unitCode, String awardType,
		String achievement, @Nullable String subjectName, @Nullable String subjectDetail,
		@Nullable String awardTypeName, boolean present, @Nullable LineVerdict verdict, List<SheetProblem> problems) {

	public SheetLine {
		problems = List.copyOf(problems);
	}

	public boolean isValid() {
		return problems.isEmpty();
	}

	/**
	 * A valid row that is not yet a line of the proposal: confirming adds it.
	 */
	public boolean isNew() {
		return isValid() && !present;
	}

}
