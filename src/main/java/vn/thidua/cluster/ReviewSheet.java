package vn.thidua.cluster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Everything a review page shows: the year's members and criteria, the leader's scores
 * and the members' self-assessments by unit and criterion, the proposals and the ranking.
 */
public record ReviewSheet(Cluster cluster, ClusterYear year, Review review, List<ReviewScore> scores,
		List<SelfAssessment> assessments, List<ReviewProposal> proposals, List<RankedMember> ranking) {

	public @Nullable ReviewScore score(long unitId, long criterionId) {
		return scoreMap().getOrDefault(unitId, Map.of()).get(criterionId);
	}

	public @Nullable SelfAssessment assessment(long unitId, long criterionId) {
		return assessments.stream()
			.filter(assessed -> assessed.getUnitId() == unitId && assessed.getCriterionId() == criterionId)
			.findFirst()
			.orElse(null);
	}

	private Map<Long, Map<Long, ReviewScore>> scoreMap() {
		return scores.stream()
			.collect(Collectors.groupingBy(ReviewScore::getUnitId,
					Collectors.toMap(ReviewScore::getCriterionId, cell -> cell)));
	}

}
