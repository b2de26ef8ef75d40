package vn.thidua.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.importing.ImportProgress;
import vn.thidua.shared.importing.ImportReport;

/**
 * An import under way in the background: checking, checked (the preview waits for
 * confirmation), writing, done or failed. Its state lives in {@code import_job}, so any
 * node shows it; the node running a step holds a live copy, with the file in a temporary
 * folder, and tells the database its progress. Only the user who started it may see or
 * confirm it.
 */
public final class ImportJob {

	public enum Status {

		CHECKING, CHECKED, WRITING, DONE, FAILED

	}

	private final UUID id;

	private final String kind;

	private final String owner;

	private final String fileName;

	private final String checksum;

	private final long size;

	private final Instant startedAt;

	private final ImportProgress progress;

	private volatile @Nullable Path file;

	private volatile Status status;

	private volatile @Nullable ImportReport preview;

	private volatile @Nullable ImportReport result;

	private volatile long total;

	private volatile @Nullable Long runId;

	private volatile @Nullable String failureKey;

	ImportJob(String kind, String owner, String fileName, Path file, String checksum, long size, Instant startedAt) {
		this(UUID.randomUUID(), kind, owner, fileName, checksum, size, startedAt, Status.CHECKING,
				new ImportProgress());
		this.file = file;
	}

	private ImportJob(UUID id, String kind, String owner, String fileName, String checksum, long size,
			Instant startedAt, Status status, ImportProgress progress) {
		this.id = id;
		this.kind = kind;
		this.owner = owner;
		this.fileName = fileName;
		this.checksum = checksum;
		this.size = size;
		this.startedAt = startedAt;
		this.status = status;
		this.progress = progress;
	}

	/**
	 * The job as the database holds it.
	 */
	static ImportJob stored(UUID id, String kind, String owner, String fileName, String checksum, long size,
			Instant startedAt, Status status, ImportProgress progress, @Nullable ImportReport preview,
			@Nullable ImportReport result, @Nullable Long runId, @Nullable String failureKey) {
		ImportJob job = new ImportJob(id, kind, owner, fileName, checksum, size, startedAt, status, progress);
		job.preview = preview;
		job.result = result;
		job.total = progress.total();
		job.runId = runId;
		job.failureKey = failureKey;
		return job;
	}

	void checked(ImportReport report, long total, long runId) {
		this.preview = report;
		this.total = total;
		this.runId = runId;
		this.status = Status.CHECKED;
	}

	/**
	 * Writing, with the file brought to this node.
	 */
	void writing(Path file) {
		this.file = file;
		this.status = Status.WRITING;
	}

	void written(ImportReport report) {
		this.result = report;
		this.status = Status.DONE;
	}

	void failed(String reasonKey) {
		this.failureKey = reasonKey;
		this.status = Status.FAILED;
	}

	public boolean isRunning() {
		return status == Status.CHECKING || status == Status.WRITING;
	}

	/**
	 * Checked with some rows wrong, but the header read and other rows new to write: the
	 * user may write those and skip the wrong ones.
	 */
	public boolean isSkippable() {
		ImportReport checked = preview;
		return status == Status.CHECKED && checked != null && skippable(checked);
	}

	static boolean skippable(ImportReport checked) {
		return checked.fileProblemKey() == null && checked.hasProblems() && checked.fresh() > 0;
	}

	/**
	 * Written with the wrong rows skipped: those wait to be downloaded.
	 */
	public boolean hasBadRows() {
		ImportReport written = result;
		return status == Status.DONE && written != null && written.skipped() > 0;
	}

	/**
	 * Checked without problems and with something new to write.
	 */
	public boolean isConfirmable() {
		ImportReport checked = preview;
		return status == Status.CHECKED && checked != null && checked.isCommittable() && checked.fresh() > 0;
	}

	public UUID id() {
		return id;
	}

	public String kind() {
		return kind;
	}

	public String owner() {
		return owner;
	}

	public String fileName() {
		return fileName;
	}

	@Nullable Path file() {
		return file;
	}

	public String checksum() {
		return checksum;
	}

	public long size() {
		return size;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public ImportProgress progress() {
		return progress;
	}

	public Status status() {
		return status;
	}

	public @Nullable ImportReport preview() {
		return preview;
	}

	public @Nullable ImportReport result() {
		return result;
	}

	/**
	 * The message key of why a failed job failed: a system error, or its node stopped.
	 */
	public @Nullable String failureKey() {
		return failureKey;
	}

	long total() {
		return total;
	}

	@Nullable Long runId() {
		return runId;
	}

}
