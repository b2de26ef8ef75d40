package vn.thidua.proposal.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.thidua.proposal.AwardQuota;
import vn.thidua.proposal.QuotaInput;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * A quota as typed, every value as text so that a bad one comes back as it was typed; the
 * service reads and checks them all at once. The share is typed in percent.
 */
record QuotaForm(@Nullable String scopeCode, @Nullable String awardType, @Nullable String basisType,
		@Nullable String percent, @Nullable String maxCount, @Nullable String minCount, @Nullable String rounding,
		@Nullable String severity, @Nullable String effectiveFrom, @Nullable String effectiveTo,
		@Nullable String legalSource, @Nullable Long version) {

	static QuotaForm empty(@Nullable String scopeCode, LocalDate today) {
		return new QuotaForm(scopeCode, null, null, null, null, "0", "FLOOR", "BLOCK",
				VietnameseDateFormatter.format(today), null, null, null);
	}

	static QuotaForm of(AwardQuota quota, @Nullable String scopeCode) {
		return new QuotaForm(scopeCode, quota.getAwardTypeCode(), quota.getBasisTypeCode(),
				quota.getRatio() == null ? null
						: VietnameseNumbers.format(quota.getRatio().movePointRight(2).stripTrailingZeros()),
				quota.getMaxCount() == null ? null : String.valueOf(quota.getMaxCount()),
				String.valueOf(quota.getMinCount()), quota.getRounding().name(), quota.getSeverity().name(),
				VietnameseDateFormatter.format(quota.getEffectiveFrom()),
				quota.getEffectiveTo() == null ? null : VietnameseDateFormatter.format(quota.getEffectiveTo()),
				quota.getLegalSource(), quota.getVersion());
	}

	QuotaInput input() {
		return new QuotaInput(scopeCode, awardType, basisType, percent, maxCount, minCount, rounding, severity,
				effectiveFrom, effectiveTo, legalSource);
	}

}
