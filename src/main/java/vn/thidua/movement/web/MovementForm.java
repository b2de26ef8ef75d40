package vn.thidua.movement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.ReportingFrequency;
import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.VietnameseDateFormatter;

record MovementForm(@NotBlank @Size(max = 500) String name,
		@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._/-]*",
				message = "{movement.code.pattern}") String code,
		@NotBlank @Size(max = 40) String launchingUnitCode, @NotBlank @Size(max = 200) String authority,
		@Nullable @Size(max = 40) String parentCode, @NotNull MovementKind kind,
		@Nullable @Size(max = 60) String planNumber, @Nullable @ValidDate String planDate,
		@NotBlank @ValidDate String startDate, @NotBlank @ValidDate String endDate,
		@NotBlank @Size(max = 40) String leadUnitCode, @Nullable @Size(max = 40) String standingUnitCode,
		@Nullable @Size(max = 20000) String content, @Nullable @Size(max = 20000) String goals,
		@NotNull ReportingFrequency reporting, @NotNull @Min(0) @Max(90) Integer reportDueDays,
		@Nullable @ValidDate String registrationDeadline, @Nullable Long version) {

	static MovementForm empty(String unitCode, String authority, LocalDate today) {
		return new MovementForm("", "", unitCode, authority, null, MovementKind.REGULAR, null, null,
				VietnameseDateFormatter.format(today.withDayOfYear(1)),
				VietnameseDateFormatter.format(today.withDayOfYear(1).plusYears(5).minusDays(1)), unitCode, null, null,
				null, ReportingFrequency.HALF_YEARLY, 10, null, null);
	}

	static MovementForm from(Movement movement, String launchingCode, @Nullable String parentCode, String leadCode,
			@Nullable String standingCode) {
		return new MovementForm(movement.getName(), movement.getCode(), launchingCode, movement.getAuthority(),
				parentCode, movement.getKind(), movement.getPlanNumber(), format(movement.getPlanDate()),
				format(movement.getStartDate()), format(movement.getEndDate()), leadCode, standingCode,
				movement.getContent(), movement.getGoals(), movement.getReporting(), movement.getReportDueDays(),
				format(movement.getRegistrationDeadline()), movement.getVersion());
	}

	static @Nullable LocalDate date(@Nullable String text) {
		return text == null || text.isBlank() ? null : VietnameseDateFormatter.parse(text);
	}

	private static @Nullable String format(@Nullable LocalDate date) {
		return date == null ? null : VietnameseDateFormatter.format(date);
	}

}
