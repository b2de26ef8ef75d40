package vn.thidua.unit.web;

import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;
import vn.thidua.unit.reorganisation.OperationDraft;
import vn.thidua.unit.reorganisation.OperationKind;

record OperationForm(@NotNull OperationKind kind, @NotBlank @Size(max = 2000) String sourceCodes,
		@Nullable @Size(max = 40) String targetCode, @Nullable @Size(max = 255) String targetName,
		@Nullable UnitKind targetKind, @Nullable @Size(max = 40) String parentCode,
		@Nullable @Size(max = 10) String officialCode, boolean disableAccounts, @NotNull Long version) {

	static OperationForm empty(long version) {
		return new OperationForm(OperationKind.MERGE, "", null, null, UnitKind.COMMUNE, null, null, false, version);
	}

	OperationDraft toDraft() {
		return new OperationDraft(kind,
				Arrays.stream(sourceCodes.split("[;,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
				targetCode == null ? "" : targetCode.strip(), targetName, targetKind, parentCode, officialCode,
				disableAccounts);
	}

}
