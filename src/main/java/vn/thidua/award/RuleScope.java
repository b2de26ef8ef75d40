package vn.thidua.award;

import org.jspecify.annotations.Nullable;

/**
 * The scope an administrator writes rules for: the whole country at the top unit (no
 * unit), otherwise their own unit.
 */
public record RuleScope(@Nullable Long unitId, String unitName) {

	public boolean national() {
		return unitId == null;
	}

}
