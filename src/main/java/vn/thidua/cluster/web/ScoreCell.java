package vn.thidua.cluster.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import vn.thidua.cluster.SelfAssessment;

/**
 * One cell of the leader's grid as the page shows it: the points as typed (or as stored),
 * the reason, the version the leader last saw, the member's own points beside it, the
 * attainment of a linked movement target, and what became of the last save.
 */
record ScoreCell(long reviewId, long unitId, String unitName, long criterionId, String criterionName,
		BigDecimal maxPoints, String typed, @Nullable String reason, @Nullable Long version,
		@Nullable SelfAssessment assessed, @Nullable BigDecimal attainment, @Nullable Problem problem, boolean saved) {

	/**
	 * The reason field shows where a reason may be needed: beside a self-assessment, when
	 * one is stored, or when one was asked for.
	 */
	public boolean isReasonShown() {
		return assessed != null || (reason != null && !reason.isBlank())
				|| (problem != null && "score.reasonRequired".equals(problem.messageKey()));
	}

	ScoreCell typed(String points, @Nullable String typedReason, @Nullable Long typedVersion, Problem why) {
		return new ScoreCell(reviewId, unitId, unitName, criterionId, criterionName, maxPoints, points, typedReason,
				typedVersion, assessed, attainment, why, false);
	}

	ScoreCell savedNow() {
		return new ScoreCell(reviewId, unitId, unitName, criterionId, criterionName, maxPoints, typed, reason, version,
				assessed, attainment, null, true);
	}

}
