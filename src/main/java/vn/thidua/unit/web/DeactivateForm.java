package vn.thidua.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.VietnameseDateFormatter;

record DeactivateForm(@NotBlank @ValidDate String validTo, @Nullable String successorCode, @NotNull Long version) {

	static DeactivateForm of(LocalDate today, long version) {
		return new DeactivateForm(VietnameseDateFormatter.format(today), null, version);
	}

	LocalDate date() {
		return VietnameseDateFormatter.parse(validTo);
	}

}
