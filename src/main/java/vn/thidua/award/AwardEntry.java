package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An award to write into the registry, with the names of subject and issuer as they are
 * on the decision, the movement it was given in (if any) and the unit that decided it (if
 * known; it sets the level of forms several levels grant, otherwise the authority's name
 * does).
 */
public record AwardEntry(@Nullable Long personId, long unitId, String awardType, AwardKind kind, int year,
		String decisionNumber, LocalDate decisionDate, @Nullable String signer, String authority, String subjectName,
		@Nullable String subjectCode, String issuerName, @Nullable Long movementId, @Nullable Long decidingUnitId) {

	public AwardEntry(@Nullable Long personId, long unitId, String awardType, AwardKind kind, int year,
			String decisionNumber, LocalDate decisionDate, @Nullable String signer, String authority,
			String subjectName, @Nullable String subjectCode, String issuerName) {
		this(personId, unitId, awardType, kind, year, decisionNumber, decisionDate, signer, authority, subjectName,
				subjectCode, issuerName, null, null);
	}

}
