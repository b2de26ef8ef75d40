package vn.thidua.movement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A movement as lists show it.
 */
public record MovementRow(long id, String code, String name, String authority, String launchingUnitName,
		MovementKind kind, MovementStatus status, LocalDate startDate, LocalDate endDate, @Nullable String planNumber,
		@Nullable LocalDate planDate, String leadUnitName, long participantCount) {

}
