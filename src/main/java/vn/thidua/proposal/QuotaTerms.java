package vn.thidua.proposal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A quota's arithmetic, without the database: at most {@code maxCount} titles, or at most
 * {@code ratio} × the basis count rounded as it says, never less than {@code minCount}
 * and, when both are set, never more than {@code maxCount}.
 */
public record QuotaTerms(@Nullable String basisType, @Nullable BigDecimal ratio, @Nullable Integer maxCount,
		int minCount, QuotaRounding rounding) {

	public QuotaTerms {
		if ((basisType == null) != (ratio == null)) {
			throw new IllegalArgumentException("A share needs both a basis type and a ratio");
		}
		if (ratio == null && maxCount == null) {
			throw new IllegalArgumentException("A quota needs a share or a maximum");
		}
		if (ratio != null && (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0)) {
			throw new IllegalArgumentException("The ratio lies in (0, 1]");
		}
		if (minCount < 0 || (maxCount != null && maxCount < 0)) {
			throw new IllegalArgumentException("Counts are not negative");
		}
	}

	public boolean isShare() {
		return ratio != null;
	}

	/**
	 * The exact share before rounding: ratio × basis (for a fixed maximum, the maximum).
	 */
	public BigDecimal share(int basis) {
		return ratio == null ? BigDecimal.valueOf(maxCountOrZero())
				: ratio.multiply(BigDecimal.valueOf(basis)).stripTrailingZeros();
	}

	/**
	 * The share rounded as the quota says (for a fixed maximum, the maximum).
	 */
	public int rounded(int basis) {
		return ratio == null ? maxCountOrZero() : rounding.round(share(basis));
	}

	/**
	 * How many titles the basis allows: the rounded share, capped by the maximum, raised
	 * to the minimum.
	 */
	public int limit(int basis) {
		int limit = rounded(basis);
		if (maxCount != null) {
			limit = Math.min(limit, maxCount);
		}
		return Math.max(limit, minCount);
	}

	private int maxCountOrZero() {
		return maxCount == null ? 0 : maxCount;
	}

}
