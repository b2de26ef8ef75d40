package vn.thidua.proposal.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record LinesForm(@NotEmpty @Size(max = 500) List<Long> ids, @NotBlank @Size(max = 20) String awardType,
		@NotBlank @Size(max = 4000) String achievement, @NotNull Long version) {

}
