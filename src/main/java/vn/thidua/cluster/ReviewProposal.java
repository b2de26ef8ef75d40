package vn.thidua.cluster;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A unit the leader proposes from the year-end ranking for the emulation flag or a
 * certificate of merit; it becomes an award proposal once awards exist.
 */
@Entity
public class ReviewProposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reviewId;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private ProposalKind kind;

	private String proposedBy;

	private Instant proposedAt;

	protected ReviewProposal() {
	}

	ReviewProposal(long reviewId, long unitId, ProposalKind kind, String proposedBy, Instant proposedAt) {
		this.reviewId = reviewId;
		this.unitId = unitId;
		this.kind = kind;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
	}

	public long getReviewId() {
		return reviewId;
	}

	public long getUnitId() {
		return unitId;
	}

	public ProposalKind getKind() {
		return kind;
	}

}
