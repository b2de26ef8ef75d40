package vn.thidua.award;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A transfer of a person to a unit outside the sender's scope: proposed by the sending
 * office, accepted or refused by an office whose scope holds the receiving unit.
 */
@Entity
public class PersonTransfer {

	public enum Status {

		PENDING, ACCEPTED, REFUSED, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private long fromUnitId;

	private long toUnitId;

	private LocalDate effectiveOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String proposedBy;

	private Instant proposedAt;

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected PersonTransfer() {
	}

	PersonTransfer(long personId, long fromUnitId, long toUnitId, LocalDate effectiveOn, String proposedBy,
			Instant proposedAt) {
		this.personId = personId;
		this.fromUnitId = fromUnitId;
		this.toUnitId = toUnitId;
		this.effectiveOn = effectiveOn;
		this.status = Status.PENDING;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
	}

	void decide(Status status, String by, Instant at) {
		this.status = status;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public long getFromUnitId() {
		return fromUnitId;
	}

	public long getToUnitId() {
		return toUnitId;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public Status getStatus() {
		return status;
	}

	public Long getVersion() {
		return version;
	}

}
