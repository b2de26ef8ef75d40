package vn.thidua.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.importing.SheetImport;
import vn.thidua.shared.importing.SheetPipeline;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * Runs imports in the background, one at a time per user: the upload is saved to a
 * temporary file, checked (the preview), and on confirmation read and checked again while
 * it is written in one transaction — all of it, or nothing when any row is wrong by then.
 * Every run is recorded in {@code import_run}. Two jobs run at once; more wait their
 * turn.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofHours(12);

	private final Map<String, SheetImport> kinds;

	private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

	private final ImportRuns runs;

	private final UnitCatalog units;

	private final JdbcClient jdbc;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long maxBytes;

	private final Path folder;

	private final MeterRegistry meters;

	ImportJobs(List<SheetImport> kinds, ImportRuns runs, UnitCatalog units, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock, @Value("${thidua.imports.max-size:50MB}") DataSize maxSize,
			MeterRegistry meters) throws IOException {
		this.meters = meters;
		this.kinds = kinds.stream().collect(Collectors.toMap(SheetImport::kind, Function.identity()));
		this.runs = runs;
		this.units = units;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
		this.folder = Files.createTempDirectory("thidua-imports");
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(200);
		executor.setThreadNamePrefix("import-");
		executor.initialize();
	}

	@PreDestroy
	void stop() throws IOException {
		executor.shutdown();
		FileSystemUtils.deleteRecursively(folder);
	}

	public SheetImport kind(String kind) {
		SheetImport sheetImport = kinds.get(kind);
		if (sheetImport == null) {
			throw new NotFoundException("import", kind);
		}
		return sheetImport;
	}

	public long maxMegabytes() {
		return maxBytes / (1024 * 1024);
	}

	/**
	 * Saves the upload and starts checking it; refused while the user has another import
	 * under way, and for an empty or oversized file.
	 */
	public ImportJob start(String kind, String fileName, InputStream content, CurrentUser user) throws IOException {
		SheetImport sheetImport = kind(kind);
		synchronized (jobs) {
			forgetOldJobs(user, kind);
			if (jobs.values().stream().anyMatch(job -> job.owner().equals(user.username()) && job.isRunning())) {
				throw new BusinessRuleViolation("imports.busy");
			}
			ImportJob job = save(kind, fileName, content, user);
			jobs.put(job.id(), job);
			submit(() -> check(job, sheetImport, user));
			return job;
		}
	}

	public ImportJob job(UUID id, CurrentUser user) {
		ImportJob job = jobs.get(id);
		if (job == null || !job.owner().equals(user.username())) {
			throw new NotFoundException("import", id);
		}
		return job;
	}

	/**
	 * Starts writing a checked job; refused unless its check found nothing wrong, and
	 * when it was already confirmed.
	 */
	public ImportJob confirm(UUID id, CurrentUser user) {
		ImportJob job = job(id, user);
		if (!job.beginWriting()) {
			throw new BusinessRuleViolation("imports.notConfirmable");
		}
		submit(() -> write(job, kind(job.kind()), user));
		return job;
	}

	/**
	 * Runs within the user's unit subtree, newest first, {@code size} older than the run
	 * {@code before}.
	 */
	public List<ImportHistoryRow> history(CurrentUser user, @Nullable Long before, int size) {
		return jdbc.sql("""
				select r.id, r.kind, r.username, u.name as unit_name, r.file_name, r.started_at, r.finished_at,
				       r.rows_read, r.rows_new, r.rows_existing, r.rows_invalid, r.rows_written, r.outcome
				from import_run r join unit u on u.id = r.unit_id
				where u.path like :path || '%' and (cast(:before as bigint) is null or r.id < :before)
				order by r.id desc limit :size
				""")
			.param("path", units.get(user.unitId()).path())
			.param("before", before)
			.param("size", size)
			.query(ImportHistoryRow.class)
			.list();
	}

	private void submit(Runnable task) {
		executor.execute(DelegatingSecurityContextRunnable.create(task, null));
	}

	private void check(ImportJob job, SheetImport sheetImport, CurrentUser user) {
		try {
			long total = SheetPipeline.count(job.file(), job.progress());
			ImportReport report = SheetPipeline.run(sheetImport, job.file(), user, false, total, job.progress());
			ImportRun run = runs.save(new ImportRun(job, user.unitId(), report, clock.instant()));
			job.checked(report, total, run.getId());
			count(job, report.isCommittable() ? "checked" : "refused", total);
			if (!report.isCommittable()) {
				delete(job);
			}
		}
		catch (RuntimeException | Error ex) {
			log.error("Import {} of {} failed while checking", job.id(), job.owner(), ex);
			count(job, "failed", 0);
			job.failed();
			delete(job);
			rethrowError(ex);
		}
	}

	private void write(ImportJob job, SheetImport sheetImport, CurrentUser user) {
		long runId = job.runId();
		try {
			ImportReport report = transactions.execute(status -> {
				ImportReport written = SheetPipeline.run(sheetImport, job.file(), user, true, job.total(),
						job.progress());
				if (written.isCommittable()) {
					runs.findById(runId).orElseThrow().ended(ImportOutcome.COMMITTED, written, clock.instant());
				}
				else {
					status.setRollbackOnly();
				}
				return written;
			});
			if (!report.isCommittable()) {
				end(runId, ImportOutcome.REFUSED, report);
			}
			job.written(report);
			count(job, report.isCommittable() ? "committed" : "refused", job.total());
		}
		catch (RuntimeException | Error ex) {
			log.error("Import {} of {} failed while writing", job.id(), job.owner(), ex);
			count(job, "failed", 0);
			end(runId, ImportOutcome.FAILED, null);
			job.failed();
			rethrowError(ex);
		}
		finally {
			delete(job);
		}
	}

	/**
	 * Imports by kind and outcome, and the rows they read, for the metrics endpoint.
	 */
	private void count(ImportJob job, String outcome, long rows) {
		meters.counter("thidua.imports", "kind", job.kind(), "outcome", outcome).increment();
		meters.counter("thidua.imports.rows", "kind", job.kind(), "outcome", outcome).increment(rows);
	}

	/**
	 * A job that died of an error (out of memory) still ends as failed and frees its
	 * user; the error then goes on to the executor.
	 */
	private static void rethrowError(Throwable ex) {
		if (ex instanceof Error error) {
			throw error;
		}
	}

	private void end(long runId, ImportOutcome outcome, @Nullable ImportReport report) {
		transactions
			.executeWithoutResult(status -> runs.findById(runId).orElseThrow().ended(outcome, report, clock.instant()));
	}

	private ImportJob save(String kind, String fileName, InputStream content, CurrentUser user) throws IOException {
		Path file = Files.createTempFile(folder, kind, ".upload");
		MessageDigest sha256 = sha256();
		long size;
		try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(file)) {
			size = in.transferTo(out);
		}
		if (size == 0 || size > maxBytes) {
			Files.delete(file);
			throw size == 0 ? new BusinessRuleViolation("imports.noFile")
					: new BusinessRuleViolation("imports.tooLarge", String.valueOf(maxMegabytes()));
		}
		return new ImportJob(kind, user.username(), fileName, file, HexFormat.of().formatHex(sha256.digest()), size,
				clock.instant());
	}

	/**
	 * Drops the user's finished jobs of the same kind and everyone's jobs older than
	 * twelve hours, with their files.
	 */
	private void forgetOldJobs(CurrentUser user, String kind) {
		var cutoff = clock.instant().minus(KEPT);
		jobs.values()
			.removeIf(job -> !job.isRunning() && (job.startedAt().isBefore(cutoff)
					|| job.owner().equals(user.username()) && job.kind().equals(kind)) && delete(job));
	}

	private static boolean delete(ImportJob job) {
		try {
			Files.deleteIfExists(job.file());
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
