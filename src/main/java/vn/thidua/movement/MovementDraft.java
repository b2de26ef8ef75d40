package vn.thidua.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * What an officer enters for a movement. The first group is its definition, fixed once it
 * is launched; the rest are details that stay editable until the final review.
 */
public record MovementDraft(String code, long launchingUnitId, String authority, @Nullable Long parentId,
		MovementKind kind, @Nullable String planNumber, @Nullable LocalDate planDate, LocalDate startDate,
		ReportingFrequency reporting, int reportDueDays, String name, LocalDate endDate, long leadUnitId,
		@Nullable Long standingUnitId, @Nullable String content, @Nullable String goals,
		@Nullable LocalDate registrationDeadline) {

	/**
	 * What is wrong with the order of a movement's dates, every problem at once: the end
	 * before the start, the registration deadline after the end. The form asks this as
	 * soon as the dates are readable, so it shows these beside its other errors.
	 */
	public static List<BusinessRuleViolation> dateProblems(LocalDate startDate, LocalDate endDate,
			@Nullable LocalDate registrationDeadline) {
		List<BusinessRuleViolation> problems = new ArrayList<>();
		if (endDate.isBefore(startDate)) {
			problems.add(new BusinessRuleViolation("movement.endBeforeStart"));
		}
		if (registrationDeadline != null && registrationDeadline.isAfter(endDate)) {
			problems.add(new BusinessRuleViolation("movement.registrationAfterEnd"));
		}
		return problems;
	}

	boolean sameDefinitionAs(Movement movement) {
		return code.equals(movement.getCode()) && launchingUnitId == movement.getLaunchingUnitId()
				&& authority.equals(movement.getAuthority()) && Objects.equals(parentId, movement.getParentId())
				&& kind == movement.getKind() && Objects.equals(planNumber, movement.getPlanNumber())
				&& Objects.equals(planDate, movement.getPlanDate()) && startDate.equals(movement.getStartDate())
				&& reporting == movement.getReporting() && reportDueDays == movement.getReportDueDays();
	}

}
