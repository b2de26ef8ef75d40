package vn.thidua.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;

record IssueForm(@NotBlank @Size(max = 60) String number, @NotBlank @ValidDate String date,
		@NotBlank @Size(max = 200) String signer, @Nullable @Size(max = 100) String signerTitle,
		@NotBlank @Size(max = 300) String authority, @NotNull Long version) {

}
