package vn.thidua.proposal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A quota as the quotas page lists it: its terms, scope (null for the whole country),
 * period and status today, whether a proposal was judged by it, and what the reader may
 * do to it.
 */
public record QuotaRow(long id, String awardType, QuotaTerms terms, QuotaSeverity severity, @Nullable String scopeCode,
		@Nullable String scopeName, String legalSource, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
		long version, QuotaStatus status, boolean judged, boolean editable, boolean endable, boolean deletable) {

	public String percent() {
		return QuotaUse.percent(terms.ratio());
	}

}
