package vn.thidua.proposal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A quota once its input has been read and checked.
 */
record QuotaDraft(@Nullable Long scopeUnitId, String awardType, QuotaTerms terms, QuotaSeverity severity,
		String legalSource, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

}
