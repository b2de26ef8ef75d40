package vn.thidua.movement;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * A target (chỉ tiêu, tiêu chí) of a movement: quantitative with a unit of measure and a
 * direction, or qualitative (achieved or not).
 */
@Entity
@Table(name = "movement_target")
public class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int sortOrder;

	private String fieldName;

	private String name;

	@Enumerated(EnumType.STRING)
	private TargetKind kind;

	private @Nullable String measure;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private @Nullable BigDecimal planValue;

	private @Nullable BigDecimal maxValue;

	private BigDecimal weight;

	protected Target() {
	}

	Target(int sortOrder, TargetDefinition definition) {
		this.sortOrder = sortOrder;
		define(definition);
	}

	void define(TargetDefinition definition) {
		if (definition.kind() == TargetKind.QUANTITATIVE && definition.planValue() == null) {
			throw new BusinessRuleViolation("target.plan.required");
		}
		if (definition.maxValue() != null && definition.planValue() != null
				&& definition.planValue().compareTo(definition.maxValue()) > 0) {
			throw new BusinessRuleViolation("target.plan.aboveMax", definition.maxValue());
		}
		this.fieldName = definition.fieldName();
		this.name = definition.name();
		this.kind = definition.kind();
		this.measure = definition.measure();
		this.direction = definition.direction();
		this.planValue = definition.planValue();
		this.maxValue = definition.maxValue();
		this.weight = definition.weight();
	}

	void reorder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	/**
	 * Refuses a value this target cannot take: a negative one, or one above its maximum
	 * (a share above 100 %).
	 */
	public void check(BigDecimal value) {
		if (value.signum() < 0) {
			throw new BusinessRuleViolation("target.value.negative");
		}
		if (maxValue != null && value.compareTo(maxValue) > 0) {
			throw new BusinessRuleViolation("target.value.aboveMax", maxValue);
		}
	}

	public BigDecimal attainment(BigDecimal plan, BigDecimal actual) {
		return Attainment.of(direction, plan, actual);
	}

	public boolean isQuantitative() {
		return kind == TargetKind.QUANTITATIVE;
	}

	public Long getId() {
		return id;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getFieldName() {
		return fieldName;
	}

	public String getName() {
		return name;
	}

	public TargetKind getKind() {
		return kind;
	}

	public @Nullable String getMeasure() {
		return measure;
	}

	public Direction getDirection() {
		return direction;
	}

	public @Nullable BigDecimal getPlanValue() {
		return planValue;
	}

	public @Nullable BigDecimal getMaxValue() {
		return maxValue;
	}

	public BigDecimal getWeight() {
		return weight;
	}

}
