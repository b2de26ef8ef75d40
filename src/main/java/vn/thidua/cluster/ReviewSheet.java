package vn.thidua.cluster;

import java.util.List;

/**
 * Everything a review page shows: the year's members and criteria, the leader's scores
 * and the members' self-assessments by unit and criterion, the proposals and the ranking.
 */
public record ReviewSheet(Cluster cluster, ClusterYear year, Review review, List<ReviewScore> scores,
		List<SelfAssessment> assessments, List<ReviewProposal> proposals, List<RankedMember> ranking) {
}
