package vn.thidua.cluster.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thidua.shared.web.ValidDate;

record SignForm(@NotBlank @ValidDate String signedOn, @NotBlank @Size(max = 60) String documentNumber,
		@NotNull Long version) {

	static SignForm empty(long version) {
		return new SignForm("", "", version);
	}

}
