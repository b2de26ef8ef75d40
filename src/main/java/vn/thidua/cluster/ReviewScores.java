package vn.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewScores extends JpaRepository<ReviewScore, Long> {

	Optional<ReviewScore> findByReviewIdAndUnitIdAndCriterionId(long reviewId, long unitId, long criterionId);

	List<ReviewScore> findByReviewId(long reviewId);

	@Query("select s from ReviewScore s where in_array(s.reviewId, :reviews)")
	List<ReviewScore> findByReviews(Long[] reviews);

}
