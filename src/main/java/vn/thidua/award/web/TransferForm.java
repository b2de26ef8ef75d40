package vn.thidua.award.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;

record TransferForm(@Nullable @NotBlank String unitCode, @Nullable @NotBlank @ValidDate String effectiveOn,
		@NotNull Long version) {

}
