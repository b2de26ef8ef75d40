package vn.thidua.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

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

}
