package vn.thidua.movement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One target of a unit's pledge sheet: the movement's plan, the unit's pledge if any, and
 * the pledge's version for a safe save.
 */
public record PledgeLine(Target target, @Nullable BigDecimal pledged, @Nullable Long version) {

	public @Nullable BigDecimal effectivePlan() {
		return pledged != null ? pledged : target.getPlanValue();
	}

}
