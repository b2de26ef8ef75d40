package vn.thidua.cluster;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A member's own points on one criterion, with its evidence; the leader may return it for
 * correction.
 */
@Entity
public class SelfAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reviewId;

	private long unitId;

	private long criterionId;

	private BigDecimal points;

	private @Nullable String evidence;

	private boolean returned;

	private @Nullable String returnReason;

	@Version
	@Column(nullable = false)
	private Long version;

	protected SelfAssessment() {
	}

	SelfAssessment(long reviewId, long unitId, long criterionId, BigDecimal points, @Nullable String evidence) {
		this.reviewId = reviewId;
		this.unitId = unitId;
		this.criterionId = criterionId;
		assess(points, evidence);
	}

	void assess(BigDecimal points, @Nullable String evidence) {
		this.points = points;
		this.evidence = evidence;
		this.returned = false;
		this.returnReason = null;
	}

	void giveBack(String reason) {
		this.returned = true;
		this.returnReason = reason;
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

	public @Nullable String getEvidence() {
		return evidence;
	}

	public boolean isReturned() {
		return returned;
	}

	public @Nullable String getReturnReason() {
		return returnReason;
	}

	public Long getVersion() {
		return version;
	}

}
