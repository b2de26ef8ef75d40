package vn.thidua.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewScores extends JpaRepository<ReviewScore, Long> {

	Optional<ReviewScore> findByReviewIdAndUnitIdAndCriterionId(long reviewId, long unitId, long criterionId);

	List<ReviewScore> findByReviewId(long reviewId);

	List<ReviewScore> findByReviewIdIn(Collection<Long> reviewIds);

}
