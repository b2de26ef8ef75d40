package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An award as the registry look-up lists it.
 */
public record AwardRow(long id, @Nullable Long personId, long unitId, String awardType, AwardKind kind, int year,
		String decisionNumber, LocalDate decisionDate, String authority, String subjectName, String issuerName,
		boolean revoked, @Nullable String revocationReason) {

}
