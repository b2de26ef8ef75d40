package vn.thidua.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a quota's share (ratio × basis) becomes a whole number of titles: down, up, or to
 * the nearest with halves going up.
 */
public enum QuotaRounding {

	FLOOR(RoundingMode.FLOOR), CEILING(RoundingMode.CEILING), HALF_UP(RoundingMode.HALF_UP);

	private final RoundingMode mode;

	QuotaRounding(RoundingMode mode) {
		this.mode = mode;
	}

	public int round(BigDecimal share) {
		return share.setScale(0, mode).intValueExact();
	}

}
