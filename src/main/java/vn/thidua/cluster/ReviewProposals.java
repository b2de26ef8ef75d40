package vn.thidua.cluster;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewProposals extends JpaRepository<ReviewProposal, Long> {

	List<ReviewProposal> findByReviewId(long reviewId);

	List<ReviewProposal> findByReviewIdInOrderById(Collection<Long> reviewIds);

	boolean existsByReviewIdAndUnitIdAndKind(long reviewId, long unitId, ProposalKind kind);

}
