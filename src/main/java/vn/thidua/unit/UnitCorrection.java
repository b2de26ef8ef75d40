package vn.thidua.unit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A correction of the tree (a unit created under the wrong parent): unlike a
 * reorganisation it rewrites the unit's place for all dates, and says so, with its
 * reason.
 */
@Entity
public class UnitCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private Long oldParentId;

	private Long newParentId;

	private String reason;

	private String correctedBy;

	private Instant correctedAt;

	protected UnitCorrection() {
	}

	UnitCorrection(long unitId, long oldParentId, long newParentId, String reason, String correctedBy,
			Instant correctedAt) {
		this.unitId = unitId;
		this.oldParentId = oldParentId;
		this.newParentId = newParentId;
		this.reason = reason;
		this.correctedBy = correctedBy;
		this.correctedAt = correctedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getOldParentId() {
		return oldParentId;
	}

	public Long getNewParentId() {
		return newParentId;
	}

	public String getReason() {
		return reason;
	}

	public String getCorrectedBy() {
		return correctedBy;
	}

	public Instant getCorrectedAt() {
		return correctedAt;
	}

}
