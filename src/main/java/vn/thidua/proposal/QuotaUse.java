package vn.thidua.proposal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How much of a quota a unit's proposals of the year use: lines of the type against the
 * limit, which is a fixed count or a share of the basis type's lines.
 */
public record QuotaUse(String awardType, @Nullable String basisType, @Nullable BigDecimal ratio, int basis, int used,
		int limit, String legalSource) {

	public boolean exceeded() {
		return used > limit;
	}

}
