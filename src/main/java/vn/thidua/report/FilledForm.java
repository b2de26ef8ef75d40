package vn.thidua.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitRow;

/**
 * A statistical form filled for a unit's subtree over a period: its heading, one row of
 * cells per line of the form, and the rows and columns the product cannot fill with the
 * reason, which the page and the documents list instead of printing zeros. The period is
 * the form's own (the statistical year) or not, and the form was in force at its end or
 * not.
 */
public record FilledForm(StatisticalForm form, UnitRow unit, @Nullable String receivingUnit, ReportPeriod period,
		String periodText, boolean statutoryPeriod, boolean inForce, String place, String longDate, List<Row> rows,
		List<Missing> missing) {

	/**
	 * A figure: a count, or none because the product does not hold it; a heading row's
	 * cells are blank.
	 */
	public record Cell(@Nullable Long value, boolean notHeld) {

		static final Cell BLANK = new Cell(null, false);

		static final Cell NOT_HELD = new Cell(null, true);

		public boolean blank() {
			return value == null && !notHeld;
		}

	}

	public record Row(StatisticalForm.Line line, List<Cell> cells) {

	}

	/**
	 * A row or column left without figures ("Mã số 07", "Cột 3") and why.
	 */
	public record Missing(String where, String label, String reason) {

	}

	/**
	 * The figure of a row by its code and a column by its index, for tests and the page.
	 */
	public Cell cell(String code, int column) {
		return rows.stream()
			.filter(row -> code.equals(row.line().code()))
			.findFirst()
			.orElseThrow()
			.cells()
			.get(column);
	}

}
