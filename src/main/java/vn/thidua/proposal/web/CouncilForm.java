package vn.thidua.proposal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

record CouncilForm(@NotNull @Min(1) @Max(1000) Integer members, @NotNull @Min(0) @Max(1000) Integer present,
		@NotNull @Min(0) @Max(1000) Integer agree, @NotNull Long version) {

}
