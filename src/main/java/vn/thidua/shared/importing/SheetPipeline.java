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
 * The one way to read an import sheet. Streams a sheet file through an import: the header
 * row names the columns (with or without diacritics), blank rows are skipped, and the
 * data rows go to the import's batch a chunk at a time, so that memory holds one chunk
 * whatever the file's length. The same pass checks only (the preview) or checks and
 * writes (the commit, which the caller runs in one transaction and rolls back when the
 * report has any problem). A pass may leave out rows by number ({@link Skipping}): they
 * go to a handler instead of the import, so the others are checked and written exactly as
 * a sheet without them would be. A small sheet whose rows must be checked all together (a
 * proposal's lines, a reorganisation plan) is read whole by {@link #readAll} through the
 * same header, required-column, blank-row and row-limit rules.
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

	/**
	 * Reads a whole small sheet in memory — at most {@code maxRows} data rows, the header
	 * excluded — for a caller that checks all its rows together. The header row maps the
	 * declared columns, blank rows are left out; a file that cannot be read is refused
	 * with a message key under {@code keyPrefix} ({@code .unreadable},
	 * {@code .badFormat}, {@code .tooManyRows}, {@code .unpackedTooLarge}).
	 */
	public static SheetLines readAll(byte[] content, List<ImportColumn> declared, int maxRows, String keyPrefix) {
		List<SheetRow> rows;
		try {
			rows = SheetReader.read(content, maxRows, keyPrefix);
		}
		catch (UnreadableSheetException ex) {
			return SheetLines.unreadable(ex.messageKey(), ex.args());
		}
		if (rows.isEmpty()) {
			return SheetLines.of(List.of());
		}
		Map<String, Integer> columns = columns(declared, rows.getFirst());
		List<ImportColumn> missing = missing(declared, columns);
		if (!missing.isEmpty()) {
			return SheetLines.missing(missing);
		}
		return SheetLines.of(rows.subList(1, rows.size())
			.stream()
			.filter(row -> !row.isBlank())
			.map(row -> new ImportLine(row.number(), row.cells(), columns))
			.toList());
	}

	/**
	 * Which column each declared column's key names in the header row.
	 */
	private static Map<String, Integer> columns(List<ImportColumn> declared, SheetRow header) {
		Map<String, String> known = new HashMap<>();
		declared.forEach(column -> column.headers().forEach(name -> known.put(name, column.key())));
		return SheetReader.columns(header.cells(), known);
	}

	/**
	 * The required columns the header row lacks, in their declared order.
	 */
	private static List<ImportColumn> missing(List<ImportColumn> declared, Map<String, Integer> columns) {
		return declared.stream().filter(column -> column.required() && !columns.containsKey(column.key())).toList();
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
			columns = columns(kind.columns(), row);
			missing(kind.columns(), columns)
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
