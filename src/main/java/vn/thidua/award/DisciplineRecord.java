package vn.thidua.award;

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
 * A discipline, investigation, inspection or complaint against a person or collective,
 * open until it ends. A discipline decision may carry its penalty, which the collective
 * titles weigh.
 */
@Entity
public class DisciplineRecord {

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

	private @Nullable String decisionNumber;

	@Version
	@Column(nullable = false)
	private Long version;

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

	DisciplineRecord(long personId, DisciplineDetails details) {
		this.personId = personId;
		change(details);
	}

	/**
	 * A record of a collective: an inspection, investigation or complaint about the unit.
	 */
	static DisciplineRecord ofUnit(long unitId, DisciplineDetails details) {
		DisciplineRecord record = new DisciplineRecord();
		record.unitId = unitId;
		record.change(details);
		return record;
	}

	void change(DisciplineDetails details) {
		this.kind = details.kind().name();
		this.penalty = details.penalty();
		this.detail = details.detail();
		this.decisionNumber = details.decisionNumber();
		this.startedOn = details.startedOn();
		this.endedOn = details.endedOn();
	}

	void close(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public Long getId() {
		return id;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public @Nullable Long getPersonId() {
		return personId;
	}

	public DisciplineKind getKind() {
		return DisciplineKind.valueOf(kind);
	}

	public String getDetail() {
		return detail;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public @Nullable LocalDate getEndedOn() {
		return endedOn;
	}

	public @Nullable DisciplinePenalty getPenalty() {
		return penalty;
	}

	public @Nullable String getDecisionNumber() {
		return decisionNumber;
	}

	public Long getVersion() {
		return version;
	}

	/**
	 * Open on the day: started and not ended before it.
	 */
	public boolean isOpenOn(LocalDate day) {
		return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
	}

}
