package vn.thidua.imports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A run as the history lists it.
 */
public record ImportHistoryRow(long id, String kind, String username, String unitName, String fileName,
		Instant startedAt, @Nullable Instant finishedAt, long rowsRead, long rowsNew, long rowsExisting,
		long rowsInvalid, long rowsWritten, ImportOutcome outcome) {
}
