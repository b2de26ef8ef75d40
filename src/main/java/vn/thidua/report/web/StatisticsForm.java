package vn.thidua.report.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardLevel;
import vn.thidua.report.Dimension;
import vn.thidua.report.Half;

/**
 * The statistics page's filters: a year or a range of years, a half, a unit by code, a
 * form, a level, a movement, a cluster and the rows' dimension; units as they were, or by
 * today's units.
 */
record StatisticsForm(@Nullable @Min(1945) @Max(2100) Integer year, @Nullable @Min(1945) @Max(2100) Integer toYear,
		@Nullable Half half, @Nullable @Size(max = 40) String unit, @Nullable @Size(max = 20) String type,
		@Nullable AwardLevel level, @Nullable Long movement, @Nullable Long cluster, @Nullable Dimension by,
		@Nullable Boolean today) {

	StatisticsForm withDefaults(int thisYear, String unitCode) {
		return new StatisticsForm(year == null ? thisYear : year, toYear, half == null ? Half.YEAR : half,
				unit == null || unit.isBlank() ? unitCode : unit.strip(), type == null || type.isBlank() ? null : type,
				level, movement, cluster, by == null ? Dimension.TYPE : by, Boolean.TRUE.equals(today));
	}

	int lastYear() {
		return toYear == null ? year : toYear;
	}

}
