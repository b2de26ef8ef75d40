package vn.thidua.award.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.Person;
import vn.thidua.award.PersonDetails;
import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * A person as the create and edit forms carry them. The personal identification number is
 * only ever put in the form of someone who may edit the person.
 */
record PersonForm(@NotBlank @Size(max = 200) String fullName, @Nullable @ValidDate String birthDate,
		@Nullable @Pattern(regexp = "MALE|FEMALE", message = "{person.sex.unknown}") String sex,
		@Nullable @Size(max = 200) String position, @Nullable String unitCode,
		@Nullable @Size(max = 40) String personalId, @Nullable Long version, @Nullable Boolean confirmed) {

	static PersonForm empty(@Nullable String unitCode) {
		return new PersonForm("", null, null, null, unitCode, null, null, false);
	}

	static PersonForm from(Person person, String unitCode) {
		return new PersonForm(person.getFullName(),
				person.getBirthDate() == null ? null : VietnameseDateFormatter.format(person.getBirthDate()),
				person.getSex(), person.getPosition(), unitCode, person.getPersonalId(), person.getVersion(), false);
	}

	boolean isConfirmed() {
		return Boolean.TRUE.equals(confirmed);
	}

	PersonDetails toDetails(long unitId) {
		return new PersonDetails(fullName,
				birthDate == null || birthDate.isBlank() ? null : VietnameseDateFormatter.parse(birthDate), sex,
				position, unitId, personalId);
	}

}
