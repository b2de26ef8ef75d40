package vn.thidua.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record LineForm(@NotBlank @Size(max = 4000) String achievement, @Nullable @Size(max = 1000) String warningReason,
		@NotNull Long version) {

}
