package vn.thidua.shared.importing;

import java.util.List;

/**
 * One pass of one import over a sheet. The pipeline hands it the data rows in order, at
 * most {@link SheetPipeline#CHUNK} at a time, so that it can look each chunk up in one
 * query; it reports every row as new, already stored or wrong.
 */
public interface ImportBatch {

	/**
	 * Checks a chunk of rows; when writing and nothing so far is wrong, stores the new
	 * ones.
	 */
	void accept(List<ImportLine> lines, ImportReport report);

	/**
	 * Checks what only the whole sheet tells, after the last chunk.
	 */
	default void finish(ImportReport report) {
	}

}
