package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A quota as administrators keep it: for a scope (none for the whole country) and an
 * award type, a fixed maximum or a share of a basis type, rounded as it says, with a
 * minimum, its legal source and period, and whether going over it refuses or warns.
 * Written through this entity so that the audit log records every change.
 */
@Entity
@Table(name = "award_quota")
public class AwardQuota {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String awardTypeCode;

	private @Nullable String basisTypeCode;

	private @Nullable BigDecimal ratio;

	private @Nullable Integer maxCount;

	private int minCount;

	@Enumerated(EnumType.STRING)
	private QuotaRounding rounding;

	@Enumerated(EnumType.STRING)
	private QuotaSeverity severity;

	private @Nullable Long scopeUnitId;

	private String legalSource;

	private LocalDate effectiveFrom;

	private @Nullable LocalDate effectiveTo;

	@Version
	@Column(nullable = false)
	private Long version;

	protected AwardQuota() {
	}

	AwardQuota(QuotaDraft draft) {
		apply(draft);
	}

	void apply(QuotaDraft draft) {
		this.awardTypeCode = draft.awardType();
		this.basisTypeCode = draft.terms().basisType();
		this.ratio = draft.terms().ratio();
		this.maxCount = draft.terms().maxCount();
		this.minCount = draft.terms().minCount();
		this.rounding = draft.terms().rounding();
		this.severity = draft.severity();
		this.scopeUnitId = draft.scopeUnitId();
		this.legalSource = draft.legalSource();
		this.effectiveFrom = draft.effectiveFrom();
		this.effectiveTo = draft.effectiveTo();
	}

	void end(LocalDate lastDay) {
		this.effectiveTo = lastDay;
	}

	public QuotaStatus status(LocalDate today) {
		return QuotaStatus.on(today, effectiveFrom, effectiveTo);
	}

	public QuotaTerms terms() {
		return new QuotaTerms(basisTypeCode, ratio, maxCount, minCount, rounding);
	}

	public Long getId() {
		return id;
	}

	public String getAwardTypeCode() {
		return awardTypeCode;
	}

	public @Nullable String getBasisTypeCode() {
		return basisTypeCode;
	}

	public @Nullable BigDecimal getRatio() {
		return ratio;
	}

	public @Nullable Integer getMaxCount() {
		return maxCount;
	}

	public int getMinCount() {
		return minCount;
	}

	public QuotaRounding getRounding() {
		return rounding;
	}

	public QuotaSeverity getSeverity() {
		return severity;
	}

	public @Nullable Long getScopeUnitId() {
		return scopeUnitId;
	}

	public String getLegalSource() {
		return legalSource;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public @Nullable LocalDate getEffectiveTo() {
		return effectiveTo;
	}

	public Long getVersion() {
		return version;
	}

}
