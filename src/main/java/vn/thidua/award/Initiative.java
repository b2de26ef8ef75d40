package vn.thidua.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A recognised initiative or research (sáng kiến, đề tài) and how far it reaches.
 */
@Entity
class Initiative {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private int year;

	private String title;

	@Enumerated(EnumType.STRING)
	private Influence influence;

	protected Initiative() {
	}

	Initiative(long personId, int year, String title, Influence influence) {
		this.personId = personId;
		this.year = year;
		this.title = title;
		this.influence = influence;
	}

}
