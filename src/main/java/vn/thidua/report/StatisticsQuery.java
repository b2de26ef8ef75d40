package vn.thidua.report;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardLevel;

/**
 * What the statistics page asks: a period, the unit whose subtree counts, optionally one
 * form, level, movement or cluster, and the rows' dimension.
 */
public record StatisticsQuery(ReportPeriod period, long unitId, @Nullable String awardType, @Nullable AwardLevel level,
		@Nullable Long movementId, @Nullable Long clusterId, Dimension dimension) {

}
