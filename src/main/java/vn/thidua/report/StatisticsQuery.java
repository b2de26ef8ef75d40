package vn.thidua.report;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardLevel;

/**
 * What the statistics page asks: a period, the unit whose subtree counts, optionally one
 * form, level, movement or cluster, the rows' dimension, and whether units ended in a
 * reorganisation count in their successors of today.
 */
public record StatisticsQuery(ReportPeriod period, long unitId, @Nullable String awardType, @Nullable AwardLevel level,
		@Nullable Long movementId, @Nullable Long clusterId, Dimension dimension, boolean todayUnits) {

	public StatisticsQuery(ReportPeriod period, long unitId, @Nullable String awardType, @Nullable AwardLevel level,
			@Nullable Long movementId, @Nullable Long clusterId, Dimension dimension) {
		this(period, unitId, awardType, level, movementId, clusterId, dimension, false);
	}

}
