package vn.thidua.shared.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.shared.sheet.SheetReader.SheetRow;
import vn.thidua.shared.sheet.SheetReader.UnreadableSheetException;

/**
 * Streams a sheet file through an import: the header row names the columns (with or
 * without diacritics), blank rows are skipped, and the data rows go to the import's batch
 * a chunk at a time, so that memory holds one chunk whatever the file's length. The same
 * pass checks only (the preview) or checks and writes (the commit, which the caller runs
 * in one transaction and rolls back when the report has any problem). A pass may leave
 * out rows by number ({@link Skipping}): they go to a handler instead of the import, so
 * the others are checked and written exactly as a sheet without them would be.
 */
public final class SheetPipeline {

	public static final int CHUNK = 1000;

	public static final int MAX_ROWS = 100_000;

	private static final String KEY = "imports";

	private SheetPipeline() {
	}

	/**
	 * Counts the data rows, header excluded, for the progress bar; 0 when the file cannot
	 * be read (the pass that follows says why).
	 */
	public static long count(Path file, ImportProgress progress) {
		progress.start(ImportPhase.READING, 0);
		long[] rows = { 0 };
		try {
			SheetReader.forEach(file, MAX_ROWS, KEY, row -> progress.advance(rows[0]++));
		}
		catch (UnreadableSheetException ex) {
			return 0;
		}
		return Math.max(0, rows[0] - 1);
	}

	/**
	 * The rows a pass leaves out, by number, the handler that receives them, and a
	 * listener that hears every problem of the pass (the report keeps only the first
	 * {@value ImportReport#MAX_PROBLEMS}).
	 */
	public record Skipping(BitSet rows, Consumer<ImportLine> leftOut, Consumer<ImportProblem> problems) {

		public static final Skipping NONE = new Skipping(new BitSet(), line -> {
		}, problem -> {
		});

	}

	public static ImportReport run(SheetImport kind, Path file, CurrentUser user, boolean write, long total,
			ImportProgress progress) {
		return run(kind, file, user, write, total, progress, Skipping.NONE);
	}

	public static ImportReport run(SheetImport kind, Path file, CurrentUser user, boolean write, long total,
			ImportProgress progress, Skipping skipping) {
		progress.start(write ? ImportPhase.WRITING : ImportPhase.CHECKING, total);
		ImportReport report = new ImportReport();
		report.listen(skipping.problems());
		Pass pass = new Pass(kind, kind.open(user, write), report, progress, skipping);
		try {
			SheetReader.forEach(file, MAX_ROWS, KEY, pass);
			pass.end();
		}
		catch (UnreadableSheetException ex) {
			report.fileProblem(ex.messageKey(), ex.args());
		}
		report.sortProblems();
		return report;
	}

	private static final class Pass implements Consumer<SheetRow> {

		private final SheetImport kind;

		private final ImportBatch batch;

		private final ImportReport report;

		private final ImportProgress progress;

		private final Skipping skipping;

		private final List<ImportLine> chunk = new ArrayList<>(CHUNK);

		private Map<String, Integer> columns = Map.of();

		private boolean headerRead;

		private boolean complete;

		private long rowsRead;

		Pass(SheetImport kind, ImportBatch batch, ImportReport report, ImportProgress progress, Skipping skipping) {
			this.kind = kind;
			this.batch = batch;
			this.report = report;
			this.progress = progress;
			this.skipping = skipping;
		}

		@Override
		public void accept(SheetRow row) {
			if (!headerRead) {
				header(row);
				return;
			}
			progress.advance(++rowsRead);
			if (complete && !row.isBlank() && skipping.rows().get(row.number())) {
				report.skip(1);
				skipping.leftOut().accept(new ImportLine(row.number(), row.cells(), columns));
			}
			else if (complete && !row.isBlank()) {
				chunk.add(new ImportLine(row.number(), row.cells(), columns));
				if (chunk.size() == CHUNK) {
					flush();
				}
			}
		}

		private void header(SheetRow row) {
			headerRead = true;
			Map<String, String> known = new HashMap<>();
			kind.columns().forEach(column -> column.headers().forEach(header -> known.put(header, column.key())));
			columns = SheetReader.columns(row.cells(), known);
			kind.columns()
				.stream()
				.filter(column -> column.required() && !columns.containsKey(column.key()))
				.forEach(column -> report.problem(row.number(), column.key(), "imports.missingColumn"));
			complete = !report.hasProblems();
		}

		void end() {
			if (!headerRead || rowsRead == 0) {
				report.fileProblem(KEY + ".empty");
				return;
			}
			if (!complete) {
				return;
			}
			flush();
			batch.finish(report);
			if (report.rows() == 0) {
				report.fileProblem(KEY + ".empty");
			}
		}

		private void flush() {
			if (!chunk.isEmpty()) {
				report.read(chunk.size());
				batch.accept(List.copyOf(chunk), report);
				chunk.clear();
			}
		}

	}

}
