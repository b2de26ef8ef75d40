package vn.thidua.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thidua.shared.web.ValidDate;

record IssueForm(@NotBlank @Size(max = 60) String number, @NotBlank @ValidDate String date,
		@NotBlank @Size(max = 200) String signer, @NotBlank @Size(max = 300) String authority, @NotNull Long version) {

}
