package vn.thidua.shared.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A whole small sheet read at once by {@link SheetPipeline#readAll}: its data rows, blank
 * ones left out, or why there are none to check — a file that cannot be read (a message
 * key under the caller's prefix, with its arguments), required columns missing from the
 * header row, or no data row at all ({@link #isEmpty()}).
 */
public record SheetLines(List<ImportLine> lines, List<ImportColumn> missingColumns, @Nullable String fileProblemKey,
		Object[] fileProblemArgs) {

	static SheetLines unreadable(String messageKey, Object[] args) {
		return new SheetLines(List.of(), List.of(), messageKey, args);
	}

	static SheetLines missing(List<ImportColumn> columns) {
		return new SheetLines(List.of(), List.copyOf(columns), null, new Object[0]);
	}

	static SheetLines of(List<ImportLine> lines) {
		return new SheetLines(List.copyOf(lines), List.of(), null, new Object[0]);
	}

	/**
	 * The file was read and its header row names every required column.
	 */
	public boolean isReadable() {
		return fileProblemKey == null && missingColumns.isEmpty();
	}

	/**
	 * Read, with every required column, and not one data row (or not even a header row).
	 */
	public boolean isEmpty() {
		return isReadable() && lines.isEmpty();
	}

}
