package vn.thidua.report;

import java.util.List;

import vn.thidua.unit.UnitRow;

/**
 * The award statistics of a unit's subtree over a period: one row per group and the
 * total, each figure with its registry list.
 */
public record Statistics(UnitRow unit, ReportPeriod period, Dimension dimension, List<Figures> rows, Figures total) {

	/**
	 * The largest row total, which the chart's bars are scaled to.
	 */
	public long largest() {
		return rows.stream().mapToLong(row -> row.counts().total()).max().orElse(0);
	}

}
