package vn.thidua.proposal.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;

/**
 * The decision of the Prime Minister or the President as the office records it: number,
 * date, signer and the forwarded lines it awards.
 */
record UpperDecisionForm(@NotBlank @Size(max = 60) String number, @NotBlank @ValidDate String date,
		@NotBlank @Size(max = 200) String signer, @Nullable List<Long> approved, @NotNull Long version) {

}
