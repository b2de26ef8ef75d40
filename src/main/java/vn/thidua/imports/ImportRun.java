package vn.thidua.imports;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.importing.ImportReport;

/**
 * One import of one file: who, when, the file's checksum, the counts the check found and
 * what was written — and, when the user chose to skip the wrong rows, how many were left
 * out. Saved through JPA, so the audit log records it, and with it the rows the import
 * wrote.
 */
@Entity
class ImportRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kind;

	private String username;

	private long unitId;

	private String fileName;

	private String checksum;

	private long fileSize;

	private Instant startedAt;

	private @Nullable Instant finishedAt;

	private long rowsRead;

	private long rowsNew;

	private long rowsExisting;

	private long rowsInvalid;

	private long rowsWritten;

	private long rowsSkipped;

	@Enumerated(EnumType.STRING)
	private ImportOutcome outcome;

	@Version
	@Column(nullable = false)
	private Long version;

	protected ImportRun() {
	}

	ImportRun(ImportJob job, long unitId, ImportReport report, Instant now) {
		this.kind = job.kind();
		this.username = job.owner();
		this.unitId = unitId;
		this.fileName = job.fileName();
		this.checksum = job.checksum();
		this.fileSize = job.size();
		this.startedAt = job.startedAt();
		this.finishedAt = now;
		count(report);
		this.outcome = report.isCommittable() ? ImportOutcome.CHECKED : ImportOutcome.INVALID;
	}

	void ended(ImportOutcome outcome, @Nullable ImportReport report, Instant now) {
		this.outcome = outcome;
		this.finishedAt = now;
		if (report != null) {
			count(report);
			this.rowsWritten = report.written();
		}
	}

	/**
	 * The run's node stopped while writing it: nothing was written (its transaction died
	 * with the node). A run already ended keeps its outcome.
	 */
	void abandoned(Instant now) {
		if (outcome == ImportOutcome.CHECKED) {
			ended(ImportOutcome.FAILED, null, now);
		}
	}

	private void count(ImportReport report) {
		this.rowsRead = report.rows();
		this.rowsNew = report.fresh();
		this.rowsExisting = report.existing();
		this.rowsInvalid = report.invalid() + report.skipped();
		this.rowsSkipped = report.skipped();
	}

	Long getId() {
		return id;
	}

}
