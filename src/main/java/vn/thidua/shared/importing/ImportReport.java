package vn.thidua.shared.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one pass over a sheet: how many rows were read, how many are new, how
 * many are already stored (skipped) and how many are wrong, with the first
 * {@value #MAX_PROBLEMS} problems (row, column, message) — never the rows themselves. A
 * sheet that cannot be read at all has a file problem instead. A pass that leaves out
 * rows found wrong before counts them as skipped: read, but neither checked nor written.
 */
public final class ImportReport {

	public static final int MAX_PROBLEMS = 1000;

	private final List<ImportProblem> problems = new ArrayList<>();

	private final BitSet invalidRows = new BitSet();

	private long problemCount;

	private long rows;

	private long existing;

	private long written;

	private long skipped;

	private Consumer<ImportProblem> listener = problem -> {
	};

	private @Nullable String fileProblemKey;

	private Object[] fileProblemArgs = new Object[0];

	private long invalidRestored;

	/**
	 * A report as it was stored by the node that made it: its counts and listed problems,
	 * without the rows.
	 */
	public static ImportReport restored(long rows, long existing, long invalid, long written, long skipped,
			long problemCount, List<ImportProblem> problems, @Nullable String fileProblemKey,
			Object[] fileProblemArgs) {
		ImportReport report = new ImportReport();
		report.rows = rows;
		report.existing = existing;
		report.invalidRestored = invalid;
		report.written = written;
		report.skipped = skipped;
		report.problemCount = problemCount;
		report.problems.addAll(problems);
		report.fileProblemKey = fileProblemKey;
		report.fileProblemArgs = fileProblemArgs;
		return report;
	}

	public void read(int count) {
		rows += count;
	}

	public void problem(int row, String column, String messageKey, Object... args) {
		problemCount++;
		invalidRows.set(row);
		ImportProblem problem = new ImportProblem(row, column, messageKey, args);
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(problem);
		}
		listener.accept(problem);
	}

	/**
	 * Hands every problem to {@code listener} as well, beyond the ones the report keeps.
	 */
	void listen(Consumer<ImportProblem> listener) {
		this.listener = listener;
	}

	/**
	 * Rows left out of the pass because an earlier pass found them wrong.
	 */
	void skip(int count) {
		rows += count;
		skipped += count;
	}

	/**
	 * A row whose record is already stored: skipped, so that importing a file again adds
	 * nothing.
	 */
	public void alreadyStored() {
		existing++;
	}

	public void wrote(int count) {
		written += count;
	}

	void fileProblem(String messageKey, Object... args) {
		this.fileProblemKey = messageKey;
		this.fileProblemArgs = args;
	}

	void sortProblems() {
		problems.sort(Comparator.comparingInt(ImportProblem::row));
	}

	public boolean hasProblems() {
		return problemCount > 0 || fileProblemKey != null;
	}

	public boolean isRowInvalid(int row) {
		return invalidRows.get(row);
	}

	/**
	 * The numbers of the rows this pass found wrong (a restored report knows none).
	 */
	public BitSet invalidRows() {
		return (BitSet) invalidRows.clone();
	}

	/**
	 * Nothing wrong and at least one row read.
	 */
	public boolean isCommittable() {
		return !hasProblems() && rows > 0;
	}

	public List<ImportProblem> problems() {
		return problems;
	}

	public long problemCount() {
		return problemCount;
	}

	public long rows() {
		return rows;
	}

	public long existing() {
		return existing;
	}

	public long invalid() {
		return invalidRows.cardinality() + invalidRestored;
	}

	public long fresh() {
		return Math.max(0, rows - existing - invalid() - skipped);
	}

	/**
	 * Rows left out as wrong: read, neither checked again nor written.
	 */
	public long skipped() {
		return skipped;
	}

	public long written() {
		return written;
	}

	public @Nullable String fileProblemKey() {
		return fileProblemKey;
	}

	public Object[] fileProblemArgs() {
		return fileProblemArgs;
	}

}
