package vn.thidua.unit.reorganisation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * A reorganisation (sắp xếp đơn vị hành chính): the resolution or decision behind it, its
 * effective date and, once applied, who applied it, when, and what followed it.
 */
@Entity
public class Reorganisation {

	@Id
	private Long id;

	private Long scopeUnitId;

	private String title;

	private String documentNumber;

	private LocalDate documentDate;

	private String issuer;

	private @Nullable Long attachmentId;

	private LocalDate effectiveOn;

	@Enumerated(EnumType.STRING)
	private ReorganisationStatus status;

	private String createdBy;

	private Instant createdAt;

	private @Nullable String appliedBy;

	private @Nullable Instant appliedAt;

	private @Nullable String effects;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Reorganisation() {
	}

	Reorganisation(long id, long scopeUnitId, ReorganisationDetails details, String createdBy, Instant createdAt) {
		this.id = id;
		this.scopeUnitId = scopeUnitId;
		this.status = ReorganisationStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		describe(details);
	}

	void describe(ReorganisationDetails details) {
		requireDraft();
		if (details.documentDate().isAfter(details.effectiveOn().plusYears(1))) {
			throw new BusinessRuleViolation("reorganisation.documentAfterEffective");
		}
		this.title = details.title();
		this.documentNumber = details.documentNumber();
		this.documentDate = details.documentDate();
		this.issuer = details.issuer();
		this.effectiveOn = details.effectiveOn();
	}

	void attach(long attachmentId) {
		requireDraft();
		this.attachmentId = attachmentId;
	}

	void applied(String by, Instant at, String effects) {
		requireDraft();
		this.status = ReorganisationStatus.APPLIED;
		this.appliedBy = by;
		this.appliedAt = at;
		this.effects = effects;
	}

	void requireDraft() {
		if (status != ReorganisationStatus.DRAFT) {
			throw new BusinessRuleViolation("reorganisation.alreadyApplied");
		}
	}

	public ReorganisationDetails details() {
		return new ReorganisationDetails(title, documentNumber, documentDate, issuer, effectiveOn);
	}

	public Long getId() {
		return id;
	}

	public Long getScopeUnitId() {
		return scopeUnitId;
	}

	public String getTitle() {
		return title;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public LocalDate getDocumentDate() {
		return documentDate;
	}

	public String getIssuer() {
		return issuer;
	}

	public @Nullable Long getAttachmentId() {
		return attachmentId;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public ReorganisationStatus getStatus() {
		return status;
	}

	public boolean isApplied() {
		return status == ReorganisationStatus.APPLIED;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable String getAppliedBy() {
		return appliedBy;
	}

	public @Nullable Instant getAppliedAt() {
		return appliedAt;
	}

	public @Nullable String getEffects() {
		return effects;
	}

	public Long getVersion() {
		return version;
	}

}
