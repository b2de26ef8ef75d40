package vn.thidua.cluster;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.text.VietnameseNumbers;

/**
 * A line of a pact's criteria table: a criterion scored up to its maximum, or a bonus or
 * penalty item up to its limit, with guidance and optionally the movement target whose
 * attainment informs it.
 */
@Entity
public class Criterion {

	private static final BigDecimal MOST_POINTS = BigDecimal.valueOf(1000);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int sortOrder;

	private String groupName;

	private String name;

	@Enumerated(EnumType.STRING)
	private CriterionKind kind;

	private BigDecimal maxPoints;

	private @Nullable String guidance;

	private @Nullable Long targetId;

	protected Criterion() {
	}

	Criterion(int sortOrder, CriterionDefinition definition) {
		this.sortOrder = sortOrder;
		define(definition);
	}

	/**
	 * Sets the line's content; its maximum (or limit) is above zero, at most 1.000, with
	 * at most two decimals.
	 */
	void define(CriterionDefinition definition) {
		BigDecimal max = definition.maxPoints();
		if (max.signum() <= 0 || max.compareTo(MOST_POINTS) > 0 || max.stripTrailingZeros().scale() > 2) {
			throw new BusinessRuleViolation("criterion.maxPoints.range");
		}
		this.groupName = definition.groupName();
		this.name = definition.name();
		this.kind = definition.kind();
		this.maxPoints = definition.maxPoints();
		this.guidance = definition.guidance();
		this.targetId = definition.targetId();
	}

	CriterionDefinition definition() {
		return new CriterionDefinition(groupName, name, kind, maxPoints, guidance, targetId);
	}

	/**
	 * Refuses points outside 0 … the maximum (or the limit of a bonus or penalty item).
	 */
	public void check(BigDecimal points) {
		if (points.signum() < 0 || points.compareTo(maxPoints) > 0) {
			throw new BusinessRuleViolation(kind == CriterionKind.SCORED ? "score.outOfRange" : "score.beyondLimit",
					VietnameseNumbers.format(maxPoints));
		}
	}

	void reorder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return id;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getGroupName() {
		return groupName;
	}

	public String getName() {
		return name;
	}

	public CriterionKind getKind() {
		return kind;
	}

	public BigDecimal getMaxPoints() {
		return maxPoints;
	}

	public @Nullable String getGuidance() {
		return guidance;
	}

	public @Nullable Long getTargetId() {
		return targetId;
	}

}
