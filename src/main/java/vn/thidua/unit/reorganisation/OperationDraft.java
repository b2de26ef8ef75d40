package vn.thidua.unit.reorganisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.UnitKind;

/**
 * One operation as the form or a sheet row gives it: the units before (by code) and the
 * unit after. Blank fields of a rename or a move keep the predecessor's.
 */
public record OperationDraft(OperationKind kind, List<String> sourceCodes, String targetCode,
		@Nullable String targetName, @Nullable UnitKind targetKind, @Nullable String parentCode,
		@Nullable String officialCode, boolean disableAccounts) {

	public OperationDraft {
		sourceCodes = List.copyOf(sourceCodes);
	}

}
