package vn.thidua.proposal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.thidua.shared.text.VietnameseNumbers;

/**
 * How much of a quota a unit's titles of the year use, each side counted as the registry
 * records it plus what is proposed: titles of the type against the limit, which is a
 * fixed count or a share of the basis type's titles. {@link #explanation()} spells out
 * the arithmetic for the page and the refusal.
 */
public record QuotaUse(long quotaId, String awardType, QuotaTerms terms, QuotaSeverity severity, String legalSource,
		int usedAwarded, int usedProposed, int basisAwarded, int basisProposed) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public @Nullable String basisType() {
		return terms.basisType();
	}

	public @Nullable BigDecimal ratio() {
		return terms.ratio();
	}

	public int basis() {
		return basisAwarded + basisProposed;
	}

	public int used() {
		return usedAwarded + usedProposed;
	}

	public int limit() {
		return terms.limit(basis());
	}

	public boolean exceeded() {
		return used() > limit();
	}

	/**
	 * Exceeded, and the quota refuses the proposal rather than warning.
	 */
	public boolean blocks() {
		return exceeded() && severity == QuotaSeverity.BLOCK;
	}

	public boolean warns() {
		return exceeded() && severity == QuotaSeverity.WARN;
	}

	/**
	 * The arithmetic in words, e.g. "Chiến sĩ thi đua cơ sở: 2 đề nghị; định mức 15 % ×
	 * 10 Lao động tiên tiến (8 đã khen + 2 đang đề nghị) = 1,5 → làm tròn xuống 1".
	 */
	public MessageSourceResolvable explanation() {
		MessageSourceResolvable used = usedAwarded == 0 ? message("quota.explain.used", String.valueOf(usedProposed))
				: message("quota.explain.usedWithRegistry", String.valueOf(used()), String.valueOf(usedAwarded),
						String.valueOf(usedProposed));
		if (!terms.isShare()) {
			return message("quota.explain.fixed", term("AwardType." + awardType), used, String.valueOf(limit()));
		}
		int basis = basis();
		Object bounds = "";
		if (terms.minCount() > 0 || terms.maxCount() != null) {
			bounds = message("quota.explain.bounds",
					terms.minCount() > 0 ? message("quota.explain.min", String.valueOf(terms.minCount())) : "",
					terms.maxCount() != null ? message("quota.explain.max", String.valueOf(terms.maxCount())) : "",
					String.valueOf(limit()));
		}
		return message("quota.explain.share", term("AwardType." + awardType), used, percent(terms.ratio()),
				String.valueOf(basis), term("AwardType." + terms.basisType()), String.valueOf(basisAwarded),
				String.valueOf(basisProposed), VietnameseNumbers.formatForInput(terms.share(basis)),
				term("QuotaRounding." + terms.rounding() + ".phrase"), String.valueOf(terms.rounded(basis)), bounds);
	}

	/**
	 * A ratio as a Vietnamese percentage: 0.15 is "15 %", 0.125 is "12,5 %".
	 */
	public static String percent(@Nullable BigDecimal ratio) {
		return ratio == null ? "" : VietnameseNumbers.format(ratio.multiply(HUNDRED).stripTrailingZeros()) + " %";
	}

	private static MessageSourceResolvable term(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	private static MessageSourceResolvable message(String key, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { key }, args);
	}

}
