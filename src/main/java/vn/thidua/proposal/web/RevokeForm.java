package vn.thidua.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidNumber;

record RevokeForm(@NotBlank @Size(max = 60) String decision, @NotBlank @Size(max = 1000) String reason,
		@Nullable @ValidNumber(integer = 14, fraction = 0) String cash) {

}
