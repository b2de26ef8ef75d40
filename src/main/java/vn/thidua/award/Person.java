package vn.thidua.award;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.Masked;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.shared.text.NameKey;

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

	@Masked
	private @Nullable String personalId;

	private String nameKey;

	private @Nullable Long mergedIntoId;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Person() {
	}

	Person(String fullName, @Nullable LocalDate birthDate, @Nullable String sex, @Nullable String position,
			long unitId) {
		this(fullName, birthDate, sex, position, unitId, null);
	}

	Person(String fullName, @Nullable LocalDate birthDate, @Nullable String sex, @Nullable String position, long unitId,
			@Nullable String personalId) {
		describe(fullName, birthDate, sex, position, personalId);
		this.unitId = unitId;
	}

	/**
	 * Names are stored composed (NFC); the database folds them the same way again.
	 */
	void describe(String fullName, @Nullable LocalDate birthDate, @Nullable String sex, @Nullable String position,
			@Nullable String personalId) {
		this.fullName = NameKey.clean(fullName);
		this.searchText = Diacritics.fold(this.fullName);
		this.nameKey = NameKey.of(this.fullName);
		this.birthDate = birthDate;
		this.sex = sex;
		this.position = position;
		this.personalId = personalId;
	}

	void moveTo(long unitId) {
		this.unitId = unitId;
	}

	void mergeInto(long keptId) {
		this.mergedIntoId = keptId;
		this.personalId = null;
	}

	void unmerge(@Nullable String personalId) {
		this.mergedIntoId = null;
		this.personalId = personalId;
	}

	public @Nullable String getPersonalId() {
		return personalId;
	}

	/**
	 * The personal identification number as anyone may see it: its last four digits.
	 */
	public @Nullable String getMaskedPersonalId() {
		return PersonalId.mask(personalId);
	}

	public String getNameKey() {
		return nameKey;
	}

	public @Nullable Long getMergedIntoId() {
		return mergedIntoId;
	}

	public Long getVersion() {
		return version;
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
