package vn.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessments extends JpaRepository<SelfAssessment, Long> {

	Optional<SelfAssessment> findByReviewIdAndUnitIdAndCriterionId(long reviewId, long unitId, long criterionId);

	List<SelfAssessment> findByReviewId(long reviewId);

	List<SelfAssessment> findByReviewIdAndUnitId(long reviewId, long unitId);

}
