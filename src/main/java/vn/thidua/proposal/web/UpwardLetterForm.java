package vn.thidua.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;

/**
 * The chair's cover letter upward: its number, date and signer.
 */
record UpwardLetterForm(@NotBlank @Size(max = 60) String letterNumber, @NotBlank @ValidDate String letterDate,
		@NotBlank @Size(max = 200) String signer, @Nullable @Size(max = 1000) String comment, @NotNull Long version) {

}
