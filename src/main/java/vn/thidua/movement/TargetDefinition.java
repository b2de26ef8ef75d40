package vn.thidua.movement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A target as an officer defines it: its field (group), what is measured and how, the
 * movement's plan value and an optional weight.
 */
public record TargetDefinition(String fieldName, String name, TargetKind kind, @Nullable String measure,
		Direction direction, @Nullable BigDecimal planValue, @Nullable BigDecimal maxValue, BigDecimal weight) {

	public TargetDefinition {
		if (kind == TargetKind.QUALITATIVE) {
			measure = null;
			planValue = null;
			maxValue = null;
			direction = Direction.HIGHER_IS_BETTER;
		}
	}

}
