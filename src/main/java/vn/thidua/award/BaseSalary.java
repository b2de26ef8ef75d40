package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * The lương cơ sở the Government set from a date, with the decree that set it. A new one
 * is always inserted, never merged over a row of the same date.
 */
@Entity
public class BaseSalary implements Persistable<LocalDate> {

	@Id
	private LocalDate effectiveFrom;

	private BigDecimal amount;

	private String legalSource;

	private @Nullable String verification;

	@Transient
	private boolean stored;

	protected BaseSalary() {
	}

	BaseSalary(LocalDate effectiveFrom, BigDecimal amount, String legalSource) {
		this.effectiveFrom = effectiveFrom;
		this.amount = amount;
		this.legalSource = legalSource;
	}

	@Override
	public LocalDate getId() {
		return effectiveFrom;
	}

	@Override
	public boolean isNew() {
		return !stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		stored = true;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getLegalSource() {
		return legalSource;
	}

	public @Nullable String getVerification() {
		return verification;
	}

}
