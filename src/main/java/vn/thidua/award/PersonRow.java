package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person as pickers and lists show them.
 */
public record PersonRow(long id, String fullName, @Nullable String position, @Nullable LocalDate birthDate, long unitId,
		String unitName) {

}
