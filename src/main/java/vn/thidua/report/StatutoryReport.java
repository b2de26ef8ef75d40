package vn.thidua.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardKind;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.unit.Signature;
import vn.thidua.unit.UnitRow;

/**
 * The half-year or yearly statistical report of emulation and commendation a unit sends
 * upward: awards by form and level, split by subject and by kind; the movements it
 * carried out; its clusters and blocks with their year-end results.
 */
public record StatutoryReport(UnitRow unit, ReportPeriod period, Heading heading, List<Line> lines, Line total,
		List<MovementLine> movements, List<ClusterLine> clusters) {

	/**
	 * The document's heading and its signature (the unit's head, the name line empty when
	 * the unit has not named one).
	 */
	public record Heading(String authority, String place, String longDate, String periodText, Signature signature) {
	}

	public record Line(@Nullable FormLine form, Counts counts, Map<AwardKind, Long> byKind) {

		public long kind(AwardKind kind) {
			return byKind.getOrDefault(kind, 0L);
		}

	}

	public record MovementLine(String name, String authority, @Nullable String plan, @Nullable LocalDate planDate,
			LocalDate start, LocalDate end, long participants, long reported, long completed, Counts awards) {

	}

	public record ClusterLine(String name, ClusterKind kind, int members, String leader, String first) {

	}

}
