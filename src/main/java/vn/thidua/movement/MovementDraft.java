package vn.thidua.movement;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What an officer enters for a movement. The first group is its definition, fixed once it
 * is launched; the rest are details that stay editable until the final review.
 */
public record MovementDraft(String code, long launchingUnitId, String authority, @Nullable Long parentId,
		MovementKind kind, @Nullable String planNumber, @Nullable LocalDate planDate, LocalDate startDate,
		ReportingFrequency reporting, int reportDueDays, String name, LocalDate endDate, long leadUnitId,
		@Nullable Long standingUnitId, @Nullable String content, @Nullable String goals,
		@Nullable LocalDate registrationDeadline) {

	boolean sameDefinitionAs(Movement movement) {
		return code.equals(movement.getCode()) && launchingUnitId == movement.getLaunchingUnitId()
				&& authority.equals(movement.getAuthority()) && Objects.equals(parentId, movement.getParentId())
				&& kind == movement.getKind() && Objects.equals(planNumber, movement.getPlanNumber())
				&& Objects.equals(planDate, movement.getPlanDate()) && startDate.equals(movement.getStartDate())
				&& reporting == movement.getReporting() && reportDueDays == movement.getReportDueDays();
	}

}
