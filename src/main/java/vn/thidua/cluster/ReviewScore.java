package vn.thidua.cluster;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * The leader's score of one member on one criterion: one cell of the review grid, with
 * its own version so that two people saving the same cell cannot overwrite each other.
 */
@Entity
public class ReviewScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reviewId;

	private long unitId;

	private long criterionId;

	private BigDecimal points;

	private @Nullable String reason;

	private String enteredBy;

	private Instant enteredAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected ReviewScore() {
	}

	ReviewScore(long reviewId, long unitId, long criterionId) {
		this.reviewId = reviewId;
		this.unitId = unitId;
		this.criterionId = criterionId;
	}

	void score(BigDecimal points, @Nullable String reason, String user, Instant now) {
		this.points = points;
		this.reason = reason;
		this.enteredBy = user;
		this.enteredAt = now;
	}

	public long getReviewId() {
		return reviewId;
	}

	public long getUnitId() {
		return unitId;
	}

	public long getCriterionId() {
		return criterionId;
	}

	public BigDecimal getPoints() {
		return points;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public Long getVersion() {
		return version;
	}

}
