package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * One step of a movement's life: when it was taken, on which document, by whom and which
 * office; withdrawn when it was recorded by mistake.
 */
@Entity
public class MovementStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private MovementStatus status;

	private LocalDate takenOn;

	private @Nullable String documentNumber;

	private @Nullable Long attachmentId;

	private @Nullable String note;

	private String recordedBy;

	private Instant recordedAt;

	private @Nullable Long recordedByUnitId;

	private @Nullable Instant withdrawnAt;

	private @Nullable String withdrawnBy;

	protected MovementStep() {
	}

	MovementStep(MovementStatus status, StepRecord step, String recordedBy, long recordedByUnitId, Instant recordedAt) {
		this.recordedByUnitId = recordedByUnitId;
		this.status = status;
		this.takenOn = step.takenOn();
		this.documentNumber = step.documentNumber();
		this.attachmentId = step.attachmentId();
		this.note = step.note();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void withdraw(String user, Instant now) {
		this.withdrawnAt = now;
		this.withdrawnBy = user;
	}

	/**
	 * Whether the step still stands (it was not withdrawn as recorded by mistake).
	 */
	public boolean isStanding() {
		return withdrawnAt == null;
	}

	public MovementStatus getStatus() {
		return status;
	}

	public LocalDate getTakenOn() {
		return takenOn;
	}

	public @Nullable String getDocumentNumber() {
		return documentNumber;
	}

	public @Nullable Long getAttachmentId() {
		return attachmentId;
	}

	public @Nullable String getNote() {
		return note;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public @Nullable Long getRecordedByUnitId() {
		return recordedByUnitId;
	}

	public @Nullable Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public @Nullable String getWithdrawnBy() {
		return withdrawnBy;
	}

}
