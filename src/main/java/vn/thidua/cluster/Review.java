package vn.thidua.cluster;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * A mid-year or year-end review of a cluster's year: members assess themselves, the
 * leader scores every member on every criterion, then finalises; a finalised review is
 * locked until a supervising officer reopens it.
 */
@Entity
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long clusterYearId;

	@Enumerated(EnumType.STRING)
	private ReviewPeriod period;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	private @Nullable String finalisedBy;

	private @Nullable Instant finalisedAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Review() {
	}

	Review(long clusterYearId, ReviewPeriod period, LocalDate deadline) {
		this.clusterYearId = clusterYearId;
		this.period = period;
		this.deadline = deadline;
		this.status = ReviewStatus.OPEN;
	}

	/**
	 * Locks the review: every cell scored, and the leader confirmed it (a finalised
	 * review is reopened only by the supervising officer).
	 */
	void finalise(long missingScores, boolean confirmed, String user, Instant now) {
		requireOpen();
		if (missingScores > 0) {
			throw new BusinessRuleViolation("review.finalise.incomplete", missingScores);
		}
		if (!confirmed) {
			throw new BusinessRuleViolation("review.finalise.unconfirmed");
		}
		this.status = ReviewStatus.FINALISED;
		this.finalisedBy = user;
		this.finalisedAt = now;
	}

	void reopen() {
		if (status != ReviewStatus.FINALISED) {
			throw new BusinessRuleViolation("review.reopen.notFinalised");
		}
		this.status = ReviewStatus.OPEN;
		this.finalisedBy = null;
		this.finalisedAt = null;
	}

	void requireOpen() {
		if (status != ReviewStatus.OPEN) {
			throw new BusinessRuleViolation("review.locked");
		}
	}

	public boolean isOpen() {
		return status == ReviewStatus.OPEN;
	}

	public Long getId() {
		return id;
	}

	public long getClusterYearId() {
		return clusterYearId;
	}

	public ReviewPeriod getPeriod() {
		return period;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public @Nullable String getFinalisedBy() {
		return finalisedBy;
	}

	public @Nullable Instant getFinalisedAt() {
		return finalisedAt;
	}

	public Long getVersion() {
		return version;
	}

}
