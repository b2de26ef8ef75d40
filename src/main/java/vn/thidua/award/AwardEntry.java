package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An award to write into the registry, with the names of subject and issuer as they are
 * on the decision.
 */
public record AwardEntry(@Nullable Long personId, long unitId, String awardType, AwardKind kind, int year,
		String decisionNumber, LocalDate decisionDate, @Nullable String signer, String authority, String subjectName,
		@Nullable String subjectCode, String issuerName) {

}
