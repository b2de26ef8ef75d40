package vn.thidua.unit.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The checked content of an import sheet, or the reason it could not be read at all.
 */
public record ImportPreview(List<ImportRow> rows, @Nullable String fileProblemKey, Object[] fileProblemArgs) {

	static ImportPreview unreadable(String messageKey, Object... args) {
		return new ImportPreview(List.of(), messageKey, args);
	}

	public boolean isCommittable() {
		return fileProblemKey == null && !rows.isEmpty() && rows.stream().allMatch(ImportRow::isValid);
	}

	public long invalidRowCount() {
		return rows.stream().filter(row -> !row.isValid()).count();
	}

}
