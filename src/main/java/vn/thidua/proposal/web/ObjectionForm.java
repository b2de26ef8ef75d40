package vn.thidua.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;

record ObjectionForm(@Nullable Long lineId, @NotBlank @ValidDate String receivedOn,
		@NotBlank @Size(max = 200) String sender, @NotBlank @Size(max = 4000) String content) {

}
