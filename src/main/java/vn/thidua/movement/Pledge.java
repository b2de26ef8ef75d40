package vn.thidua.movement;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A participating unit's plan value for one target in one year (đăng ký chỉ tiêu); where
 * none exists the movement's own plan value applies.
 */
@Entity
class Pledge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long movementId;

	private long targetId;

	private long unitId;

	private int year;

	private BigDecimal planValue;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Pledge() {
	}

	Pledge(long movementId, long targetId, long unitId, int year, BigDecimal planValue) {
		this.movementId = movementId;
		this.targetId = targetId;
		this.unitId = unitId;
		this.year = year;
		this.planValue = planValue;
	}

	void change(BigDecimal planValue) {
		this.planValue = planValue;
	}

	long getTargetId() {
		return targetId;
	}

	BigDecimal getPlanValue() {
		return planValue;
	}

	Long getVersion() {
		return version;
	}

}
