package vn.thidua.integration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.integration.ApiAccess;

record ApiKeyForm(@NotBlank @Size(max = 80) @Nullable String name, @NotBlank @Size(max = 40) @Nullable String unitCode,
		@NotNull @Nullable ApiAccess access) {

	static ApiKeyForm empty() {
		return new ApiKeyForm(null, null, ApiAccess.READ);
	}

}
