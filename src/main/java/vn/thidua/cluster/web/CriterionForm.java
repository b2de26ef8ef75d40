package vn.thidua.cluster.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.cluster.CriterionDefinition;
import vn.thidua.cluster.CriterionKind;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.ValidNumber;

record CriterionForm(@NotBlank @Size(max = 300) String groupName, @NotBlank @Size(max = 500) String name,
		@NotNull CriterionKind kind,
		@NotBlank @ValidNumber(positive = true, integer = 5, fraction = 2,
				message = "{criterion.maxPoints.invalid}") String maxPoints,
		@Nullable @Size(max = 2000) String guidance, @Nullable Long targetId, @NotNull Long version) {

	static CriterionForm empty(@Nullable String groupName, long version) {
		return new CriterionForm(groupName == null ? "" : groupName, "", CriterionKind.SCORED, "", null, null, version);
	}

	CriterionDefinition definition() {
		return new CriterionDefinition(groupName, name, kind, VietnameseNumbers.parse(maxPoints).orElseThrow(),
				guidance, targetId);
	}

}
