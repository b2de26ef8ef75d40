package vn.thidua.shared.importing;

import java.util.List;

/**
 * A column of an import sheet: its key (for a {@link SheetImport}, named
 * {@code imports.<kind>.column.<key>} in the messages), whether it must be present, and
 * the headers that name it, without diacritics and in lower case ("ho va ten").
 */
public record ImportColumn(String key, boolean required, List<String> headers) {

	public static ImportColumn required(String key, String... headers) {
		return new ImportColumn(key, true, List.of(headers));
	}

	public static ImportColumn optional(String key, String... headers) {
		return new ImportColumn(key, false, List.of(headers));
	}

}
