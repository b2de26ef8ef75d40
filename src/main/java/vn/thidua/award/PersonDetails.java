package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a user types about a person. The unit is only read when the person is created; a
 * later change of unit is a transfer.
 */
public record PersonDetails(String fullName, @Nullable LocalDate birthDate, @Nullable String sex,
		@Nullable String position, long unitId, @Nullable String personalId) {

	public PersonDetails {
		personalId = personalId == null || personalId.isBlank() ? null : personalId.strip();
		position = position == null || position.isBlank() ? null : position.strip();
		sex = sex == null || sex.isBlank() ? null : sex;
	}

}
