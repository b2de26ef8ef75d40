package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;
import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.text.Diacritics;

/**
 * An award in the registry: who received what, of which kind, for which year, on which
 * decision, with the names as they were then. A revoked award stays, marked revoked.
 */
@Entity
public class AwardRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private @Nullable Long personId;

	private long unitId;

	private String awardTypeCode;

	@Enumerated(EnumType.STRING)
	private AwardKind kind;

	private int year;

	private String decisionNumber;

	private LocalDate decisionDate;

	private @Nullable String signer;

	private String authority;

	private String subjectName;

	private @Nullable String subjectCode;

	private String issuerName;

	private String searchText;

	private @Nullable Long movementId;

	/**
	 * Set here when the catalogue or the deciding unit knows it; otherwise the database
	 * reads it from the authority's name (award_record_level, the one place that rule
	 * lives).
	 */
	@Enumerated(EnumType.STRING)
	@Generated(event = EventType.INSERT, writable = true)
	private AwardLevel level;

	private boolean revoked;

	private @Nullable String revocationDecision;

	private @Nullable String revocationReason;

	private @Nullable BigDecimal revocationCash;

	private @Nullable LocalDate revocationDate;

	private @Nullable Long decidingUnitId;

	@Version
	@Column(nullable = false)
	private Long version;

	protected AwardRecord() {
	}

	AwardRecord(AwardEntry entry, @Nullable AwardLevel level) {
		this.personId = entry.personId();
		this.unitId = entry.unitId();
		this.awardTypeCode = entry.awardType();
		this.kind = entry.kind();
		this.year = entry.year();
		this.decisionNumber = entry.decisionNumber();
		this.decisionDate = entry.decisionDate();
		this.signer = entry.signer();
		this.authority = entry.authority();
		this.subjectName = entry.subjectName();
		this.subjectCode = entry.subjectCode();
		this.issuerName = entry.issuerName();
		this.searchText = Diacritics.fold(entry.subjectName() + " " + entry.decisionNumber());
		this.movementId = entry.movementId();
		this.level = level;
		this.decidingUnitId = entry.decidingUnitId();
	}

	void revoke(String decision, String reason, @Nullable BigDecimal cashToRecover) {
		if (revoked) {
			throw new BusinessRuleViolation("award.alreadyRevoked");
		}
		this.revoked = true;
		this.revocationDecision = decision;
		this.revocationReason = reason;
		this.revocationCash = cashToRecover;
	}

	void revoke(String decision, LocalDate on, String reason, @Nullable BigDecimal cashToRecover) {
		if (on.isBefore(decisionDate)) {
			throw new BusinessRuleViolation("facts.revocation.beforeDecision");
		}
		revoke(decision, reason, cashToRecover);
		this.revocationDate = on;
	}

	public @Nullable Long getPersonId() {
		return personId;
	}

	public @Nullable Long getDecidingUnitId() {
		return decidingUnitId;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	public String getSubjectName() {
		return subjectName;
	}

	public @Nullable String getRevocationDecision() {
		return revocationDecision;
	}

	public @Nullable LocalDate getRevocationDate() {
		return revocationDate;
	}

	public @Nullable String getRevocationReason() {
		return revocationReason;
	}

	public @Nullable BigDecimal getRevocationCash() {
		return revocationCash;
	}

	public AwardLevel getLevel() {
		return level;
	}

	public Long getVersion() {
		return version;
	}

	public Long getId() {
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getAwardTypeCode() {
		return awardTypeCode;
	}

	public int getYear() {
		return year;
	}

	public boolean isRevoked() {
		return revoked;
	}

}
