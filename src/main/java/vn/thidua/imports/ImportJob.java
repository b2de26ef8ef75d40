package vn.thidua.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.importing.ImportProgress;
import vn.thidua.shared.importing.ImportReport;

/**
 * An import under way in the background, kept in memory with its file in a temporary
 * folder: checking, checked (the preview waits for confirmation), writing, done or
 * failed. Only the user who started it may see or confirm it.
 */
public final class ImportJob {

	public enum Status {

		CHECKING, CHECKED, WRITING, DONE, FAILED

	}

	private final UUID id = UUID.randomUUID();

	private final String kind;

	private final String owner;

	private final String fileName;

	private final Path file;

	private final String checksum;

	private final long size;

	private final Instant startedAt;

	private final ImportProgress progress = new ImportProgress();

	private volatile Status status = Status.CHECKING;

	private volatile @Nullable ImportReport preview;

	private volatile @Nullable ImportReport result;

	private volatile long total;

	private volatile @Nullable Long runId;

	ImportJob(String kind, String owner, String fileName, Path file, String checksum, long size, Instant startedAt) {
		this.kind = kind;
		this.owner = owner;
		this.fileName = fileName;
		this.file = file;
		this.checksum = checksum;
		this.size = size;
		this.startedAt = startedAt;
	}

	void checked(ImportReport report, long total, long runId) {
		this.preview = report;
		this.total = total;
		this.runId = runId;
		this.status = Status.CHECKED;
	}

	/**
	 * Moves a checked job without problems to writing, once: a second confirmation (a
	 * double click, a replayed form) finds it no longer checked.
	 */
	synchronized boolean beginWriting() {
		ImportReport checked = preview;
		if (status != Status.CHECKED || checked == null || !checked.isCommittable()) {
			return false;
		}
		status = Status.WRITING;
		return true;
	}

	void written(ImportReport report) {
		this.result = report;
		this.status = Status.DONE;
	}

	void failed() {
		this.status = Status.FAILED;
	}

	public boolean isRunning() {
		return status == Status.CHECKING || status == Status.WRITING;
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

	Path file() {
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

	long total() {
		return total;
	}

	@Nullable Long runId() {
		return runId;
	}

}
