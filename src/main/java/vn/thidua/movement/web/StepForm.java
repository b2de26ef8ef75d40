package vn.thidua.movement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.movement.MovementStatus;
import vn.thidua.shared.web.ValidDate;

record StepForm(@NotNull MovementStatus next, @NotBlank @ValidDate String takenOn,
		@Nullable @Size(max = 60) String documentNumber, @Nullable @Size(max = 2000) String note,
		@NotNull Long version) {

}
