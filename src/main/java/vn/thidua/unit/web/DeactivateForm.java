package vn.thidua.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.VietnameseDateFormatter;

record DeactivateForm(@NotBlank @ValidDate String validTo, @NotNull Long version) {

	static DeactivateForm of(LocalDate today, long version) {
		return new DeactivateForm(VietnameseDateFormatter.format(today), version);
	}

	LocalDate date() {
		return VietnameseDateFormatter.parse(validTo);
	}

}
