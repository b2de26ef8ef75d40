package vn.thidua.award;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * A discipline, investigation, inspection or complaint against a person or collective,
 * open until it ends. A discipline decision may carry its penalty, which the collective
 * titles weigh.
 */
@Entity
class DisciplineRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private @Nullable Long personId;

	private @Nullable Long unitId;

	private String kind;

	private String detail;

	private LocalDate startedOn;

	private @Nullable LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable DisciplinePenalty penalty;

	protected DisciplineRecord() {
	}

	DisciplineRecord(@Nullable Long personId, @Nullable Long unitId, String kind, String detail, LocalDate startedOn,
			@Nullable LocalDate endedOn) {
		this.personId = personId;
		this.unitId = unitId;
		this.kind = kind;
		this.detail = detail;
		this.startedOn = startedOn;
		this.endedOn = endedOn;
	}

	DisciplineRecord(long personId, DisciplinePenalty penalty, String detail, LocalDate startedOn,
			@Nullable LocalDate endedOn) {
		this(personId, null, "DISCIPLINE", detail, startedOn, endedOn);
		this.penalty = penalty;
	}

}
