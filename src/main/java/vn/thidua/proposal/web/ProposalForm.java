package vn.thidua.proposal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardKind;

record ProposalForm(@NotBlank @Size(max = 300) String title, @NotNull @Min(1945) @Max(2100) Integer year,
		@NotNull AwardKind kind, @NotNull Long decidingUnitId, @Nullable @Size(max = 40) String movementCode) {

}
