package vn.thidua.award;

import java.time.Instant;

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
 * A person's or collective's rating for a year (xếp loại chất lượng).
 */
@Entity
class PerformanceRating {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private @Nullable Long personId;

	private @Nullable Long unitId;

	private int year;

	@Enumerated(EnumType.STRING)
	private Rating rating;

	private @Nullable String recordedBy;

	private @Nullable Instant recordedAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected PerformanceRating() {
	}

	PerformanceRating(@Nullable Long personId, @Nullable Long unitId, int year, Rating rating) {
		this.personId = personId;
		this.unitId = unitId;
		this.year = year;
		this.rating = rating;
	}

	void rate(Rating rating) {
		this.rating = rating;
	}

	void rate(Rating rating, String by, Instant at) {
		this.rating = rating;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	Long getId() {
		return id;
	}

	@Nullable Long getPersonId() {
		return personId;
	}

	@Nullable Long getUnitId() {
		return unitId;
	}

	int getYear() {
		return year;
	}

	Rating getRating() {
		return rating;
	}

	Long getVersion() {
		return version;
	}

}
