package vn.thidua.movement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;

/**
 * One step of a movement as its own form: the step is in the address, its date is typed
 * (never defaulted), and the officer ticks the confirmation box.
 */
record StepForm(@NotBlank @ValidDate String takenOn, @Nullable @Size(max = 60) String documentNumber,
		@Nullable @Size(max = 2000) String note, @Nullable Boolean confirmed, @NotNull Long version) {

	boolean isConfirmed() {
		return Boolean.TRUE.equals(confirmed);
	}

}
