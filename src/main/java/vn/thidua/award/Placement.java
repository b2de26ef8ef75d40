package vn.thidua.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit a person worked in and when; an open placement is the current one, a start
 * unknown is null.
 */
public record Placement(long id, long unitId, String unitName, @Nullable LocalDate startedOn,
		@Nullable LocalDate endedOn) {

}
