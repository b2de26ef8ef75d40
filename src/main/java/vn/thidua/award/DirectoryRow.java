package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person as the directory lists them: the personal identification number masked.
 */
public record DirectoryRow(long id, String fullName, @Nullable String position, @Nullable LocalDate birthDate,
		@Nullable String sex, long unitId, String unitCode, String unitName, @Nullable String maskedPersonalId) {

}
