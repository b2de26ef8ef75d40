package vn.thidua.award;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.text.Diacritics;

/**
 * A person in the registry. One identity across unit moves and mergers: ladder rules
 * follow the person, not the unit.
 */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String searchText;

	private @Nullable LocalDate birthDate;

	private @Nullable String sex;

	private @Nullable String position;

	private long unitId;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Person() {
	}

	Person(String fullName, @Nullable LocalDate birthDate, @Nullable String sex, @Nullable String position,
			long unitId) {
		this.fullName = fullName;
		this.searchText = Diacritics.fold(fullName);
		this.birthDate = birthDate;
		this.sex = sex;
		this.position = position;
		this.unitId = unitId;
	}

	void moveTo(long unitId) {
		this.unitId = unitId;
	}

	public Long getId() {
		return id;
	}

	public String getFullName() {
		return fullName;
	}

	public @Nullable LocalDate getBirthDate() {
		return birthDate;
	}

	public @Nullable String getSex() {
		return sex;
	}

	public @Nullable String getPosition() {
		return position;
	}

	public long getUnitId() {
		return unitId;
	}

}
