package vn.thidua.proposal;

import org.jspecify.annotations.Nullable;

/**
 * A quota as typed on the page, every value as text: the scope's unit code (empty for the
 * whole country), the award type, the basis type and share in percent (15 or 12,5) or
 * none for a fixed maximum, the maximum and minimum counts, rounding and severity, the
 * period (dd/MM/yyyy) and the legal source.
 */
public record QuotaInput(@Nullable String scopeCode, @Nullable String awardType, @Nullable String basisType,
		@Nullable String percent, @Nullable String maxCount, @Nullable String minCount, @Nullable String rounding,
		@Nullable String severity, @Nullable String effectiveFrom, @Nullable String effectiveTo,
		@Nullable String legalSource) {

}
