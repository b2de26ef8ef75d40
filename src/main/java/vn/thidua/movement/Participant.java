package vn.thidua.movement;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A unit taking part in a movement.
 */
@Entity
@Table(name = "movement_participant")
class Participant {

	@Id
	@GeneratedValue(generator = "movement_participant_seq")
	@SequenceGenerator(name = "movement_participant_seq", allocationSize = 50)
	private Long id;

	private long movementId;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private JoinedVia joinedVia;

	private LocalDate joinedOn;

	private String joinedBy;

	protected Participant() {
	}

	Participant(long movementId, long unitId, JoinedVia joinedVia, LocalDate joinedOn, String joinedBy) {
		this.movementId = movementId;
		this.unitId = unitId;
		this.joinedVia = joinedVia;
		this.joinedOn = joinedOn;
		this.joinedBy = joinedBy;
	}

	long getUnitId() {
		return unitId;
	}

}
