package vn.thidua.movement;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * The value a report gives for one target: the actual so far in the year, or whether a
 * qualitative target is achieved. Plan and attainment are fixed when the report is
 * accepted.
 */
@Entity
public class ProgressValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long targetId;

	private @Nullable BigDecimal actualValue;

	private @Nullable Boolean achieved;

	private @Nullable String note;

	private @Nullable BigDecimal planValue;

	private @Nullable BigDecimal attainment;

	protected ProgressValue() {
	}

	ProgressValue(ProgressEntry entry) {
		this.targetId = entry.targetId();
		record(entry);
	}

	void record(ProgressEntry entry) {
		this.actualValue = entry.actual();
		this.achieved = entry.achieved();
		this.note = entry.note();
		this.planValue = null;
		this.attainment = null;
	}

	void assess(Target target, @Nullable BigDecimal plan) {
		if (target.isQuantitative() && plan != null && actualValue != null) {
			this.planValue = plan;
			this.attainment = target.attainment(plan, actualValue);
		}
		else if (!target.isQuantitative() && achieved != null) {
			this.attainment = Attainment.ofQualitative(achieved);
		}
	}

	public long getTargetId() {
		return targetId;
	}

	public @Nullable BigDecimal getActualValue() {
		return actualValue;
	}

	public @Nullable Boolean getAchieved() {
		return achieved;
	}

	public @Nullable String getNote() {
		return note;
	}

	public @Nullable BigDecimal getPlanValue() {
		return planValue;
	}

	public @Nullable BigDecimal getAttainment() {
		return attainment;
	}

}
