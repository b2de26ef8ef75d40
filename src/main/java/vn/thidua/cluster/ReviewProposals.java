package vn.thidua.cluster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewProposals extends JpaRepository<ReviewProposal, Long> {

	List<ReviewProposal> findByReviewId(long reviewId);

	@Query("select p from ReviewProposal p where in_array(p.reviewId, :reviews) order by p.id")
	List<ReviewProposal> findByReviews(Long[] reviews);

	boolean existsByReviewIdAndUnitIdAndKind(long reviewId, long unitId, ProposalKind kind);

}
