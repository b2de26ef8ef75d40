package vn.thidua.proposal.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.thidua.proposal.AwardQuota;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The last day a quota applies, with the version of the quota as shown.
 */
record QuotaEndForm(@Nullable String lastDay, @Nullable Long version) {

	static QuotaEndForm of(AwardQuota quota, LocalDate today) {
		return new QuotaEndForm(VietnameseDateFormatter.format(today), quota.getVersion());
	}

}
