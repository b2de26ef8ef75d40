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
 * A recognised initiative or research (sáng kiến, đề tài), how far it reaches and the
 * decision that recognised it at that level. Its year is the decision's year when the
 * decision is known.
 */
@Entity
public class Initiative {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private int year;

	private String title;

	@Enumerated(EnumType.STRING)
	private Influence influence;

	private @Nullable String decidingBody;

	private @Nullable String decisionNumber;

	private @Nullable LocalDate decisionDate;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Initiative() {
	}

	Initiative(long personId, int year, String title, Influence influence) {
		this.personId = personId;
		this.year = year;
		this.title = title;
		this.influence = influence;
	}

	Initiative(long personId, InitiativeDetails details) {
		this.personId = personId;
		change(details);
	}

	void change(InitiativeDetails details) {
		this.year = details.year();
		this.title = details.title();
		this.influence = details.influence();
		this.decidingBody = details.decidingBody();
		this.decisionNumber = details.decisionNumber();
		this.decisionDate = details.decisionDate();
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public int getYear() {
		return year;
	}

	public String getTitle() {
		return title;
	}

	public Influence getInfluence() {
		return influence;
	}

	public @Nullable String getDecidingBody() {
		return decidingBody;
	}

	public @Nullable String getDecisionNumber() {
		return decisionNumber;
	}

	public @Nullable LocalDate getDecisionDate() {
		return decisionDate;
	}

	public Long getVersion() {
		return version;
	}

}
