package vn.thidua.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.importing.ImportLine;
import vn.thidua.shared.importing.ImportProblem;
import vn.thidua.shared.importing.ImportProgress;
import vn.thidua.shared.importing.ImportReport;
import vn.thidua.shared.importing.SheetImport;
import vn.thidua.shared.importing.SheetPipeline;
import vn.thidua.shared.importing.SheetPipeline.Skipping;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * Runs imports in the background, one at a time per user: the upload is saved to a
 * temporary file and to the database, checked (the preview), and on confirmation read and
 * checked again while it is written in one transaction — all of it, or nothing when any
 * row is wrong by then. When the check found wrong rows the user may instead skip them:
 * the good rows are written as a sheet without the wrong ones would be, and the wrong
 * ones are kept in {@code import_bad_row} to be downloaded, fixed and uploaded again.
 * Every run is recorded in {@code import_run}. Two jobs run at once on each node; more
 * wait their turn.
 * <p>
 * Several nodes: a job's state is in {@code import_job} and its file in
 * {@code import_upload}, so any node shows its progress and may confirm it; "one running
 * import per user" is a unique index. The node running a step writes its progress and a
 * heartbeat every {@code thidua.imports.heartbeat}; a running job not heard of for
 * {@code thidua.imports.stale-after} lost its node (stopped, restarted, crashed) and is
 * ended as failed by whichever node notices first — at start-up, on its own heartbeat, or
 * when the job's user looks at it or starts another.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
public class ImportJobs {

	static final String FAILED = "imports.failed";

	static final String INTERRUPTED = "imports.interrupted";

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofHours(12);

	private static final Duration FORGET_EVERY = Duration.ofMinutes(10);

	/**
	 * How many checks may look for the rows to skip before the write is refused.
	 */
	private static final int SKIP_PASSES = 5;

	private final Map<String, SheetImport> kinds;

	/**
	 * The jobs this node started or confirmed, as the callers hold them, until forgotten.
	 */
	private final Map<UUID, ImportJob> local = new ConcurrentHashMap<>();

	private final ImportRuns runs;

	private final ImportJobStore store;

	private final UnitCatalog units;

	private final JdbcClient jdbc;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final ScheduledExecutorService heartbeat;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long maxBytes;

	private final Path folder;

	private final MeterRegistry meters;

	private final Duration staleAfter;

	private final String node;

	private volatile Instant lastForgotten = Instant.EPOCH;

	ImportJobs(List<SheetImport> kinds, ImportRuns runs, ImportJobStore store, UnitCatalog units, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock, @Value("${thidua.imports.max-size:50MB}") DataSize maxSize,
			@Value("${thidua.imports.heartbeat:1s}") Duration heartbeatEvery,
			@Value("${thidua.imports.stale-after:30s}") Duration staleAfter, MeterRegistry meters) throws IOException {
		this.meters = meters;
		this.kinds = kinds.stream().collect(Collectors.toMap(SheetImport::kind, Function.identity()));
		this.runs = runs;
		this.store = store;
		this.units = units;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
		this.staleAfter = staleAfter;
		this.node = nodeName();
		this.folder = Files.createTempDirectory("thidua-imports");
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(200);
		executor.setThreadNamePrefix("import-");
		executor.initialize();
		this.heartbeat = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-heartbeat").daemon().factory());
		heartbeat.scheduleWithFixedDelay(this::beat, 0, heartbeatEvery.toMillis(), TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() throws IOException {
		heartbeat.shutdownNow();
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
	 * under way on any node, and for an empty or oversized file.
	 */
	public ImportJob start(String kind, String fileName, InputStream content, CurrentUser user) throws IOException {
		SheetImport sheetImport = kind(kind);
		endAbandoned(null);
		forgetOldJobs(user, kind);
		if (store.hasRunning(user.username())) {
			throw new BusinessRuleViolation("imports.busy");
		}
		ImportJob job = save(kind, fileName, content, user);
		try {
			transactions.executeWithoutResult(status -> {
				store.insert(job, node);
				storeFile(job);
			});
		}
		catch (DuplicateKeyException busy) {
			delete(job);
			throw new BusinessRuleViolation("imports.busy");
		}
		catch (RuntimeException ex) {
			delete(job);
			throw ex;
		}
		local.put(job.id(), job);
		submit(() -> check(job, sheetImport, user));
		return job;
	}

	/**
	 * The job as the database holds it, whichever node runs it; a running job whose node
	 * is gone is ended as failed first.
	 */
	public ImportJob job(UUID id, CurrentUser user) {
		ImportJobStore.Stored stored = stored(id, user);
		if (stored.stale()) {
			endAbandoned(id);
			stored = stored(id, user);
		}
		return stored.job();
	}

	/**
	 * Starts writing a checked job on this node, all of it when its check found nothing
	 * wrong.
	 * @see #confirm(UUID, CurrentUser, boolean)
	 */
	public ImportJob confirm(UUID id, CurrentUser user) {
		return confirm(id, user, false);
	}

	/**
	 * Starts writing a checked job on this node: all of it when its check found nothing
	 * wrong, or — when the user chose to skip the wrong rows and some rows are new — the
	 * good rows exactly as a sheet without the wrong ones, keeping the wrong ones to
	 * download. A job already confirmed is returned as it is, so a double click or a
	 * replayed form writes nothing twice. Refused when there is nothing to write and
	 * while the user has another import under way; another user's job is not found.
	 */
	public ImportJob confirm(UUID id, CurrentUser user, boolean skipInvalid) {
		ImportJob stored = job(id, user);
		if (isConfirmed(stored)) {
			return local.getOrDefault(id, stored);
		}
		if (!(skipInvalid ? stored.isSkippable() : stored.isConfirmable())) {
			throw new BusinessRuleViolation("imports.notConfirmable");
		}
		ImportJob job = local.getOrDefault(id, stored);
		boolean started;
		try {
			started = store.beginWriting(id, user.username(), node);
		}
		catch (DuplicateKeyException busy) {
			throw new BusinessRuleViolation("imports.busy");
		}
		if (!started) {
			ImportJob now = job(id, user);
			if (isConfirmed(now)) {
				return local.getOrDefault(id, now);
			}
			throw new BusinessRuleViolation("imports.notConfirmable");
		}
		try {
			Path file = Files.createTempFile(folder, job.kind(), ".upload");
			store.restoreFile(id, file);
			job.writing(file);
		}
		catch (IOException | RuntimeException ex) {
			log.error("Import {} of {} could not be brought to this node", id, user.username(), ex);
			store.failed(id, FAILED);
			job.failed(FAILED);
			throw ex instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) ex);
		}
		local.put(id, job);
		submit(() -> write(job, kind(job.kind()), user, skipInvalid));
		return job;
	}

	/**
	 * The rows a job written with the wrong rows skipped left out, in the order of the
	 * sheet; only for the job's user.
	 */
	public List<BadRow> badRows(UUID id, CurrentUser user) {
		ImportJob job = job(id, user);
		if (!job.hasBadRows()) {
			throw new NotFoundException("import", id);
		}
		return store.badRows(id);
	}

	private static boolean isConfirmed(ImportJob job) {
		return job.status() == ImportJob.Status.WRITING || job.status() == ImportJob.Status.DONE;
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
				where unit_in_subtree(u.path, :path) and (cast(:before as bigint) is null or r.id < :before)
				order by r.id desc limit :size
				""")
			.param("path", units.get(user.unitId()).path())
			.param("before", before)
			.param("size", size)
			.query(ImportHistoryRow.class)
			.list();
	}

	private ImportJobStore.Stored stored(UUID id, CurrentUser user) {
		return store.find(id, staleAfter)
			.filter(stored -> stored.job().owner().equals(user.username()))
			.orElseThrow(() -> new NotFoundException("import", id));
	}

	private void submit(Runnable task) {
		executor.execute(DelegatingSecurityContextRunnable.create(task, null));
	}

	/**
	 * Tells the database how far this node's jobs have come, then ends the jobs of nodes
	 * that have stopped telling; every ten minutes forgets everyone's jobs that ended
	 * more than twelve hours ago, with their files (a checked job nobody confirmed).
	 */
	private void beat() {
		try {
			Map<UUID, ImportProgress> running = new HashMap<>();
			local.values().stream().filter(ImportJob::isRunning).forEach(job -> running.put(job.id(), job.progress()));
			store.heartbeat(running);
			endAbandoned(null);
			Instant now = clock.instant();
			if (lastForgotten.isBefore(now.minus(FORGET_EVERY))) {
				lastForgotten = now;
				local.values().removeIf(job -> !job.isRunning() && job.startedAt().isBefore(now.minus(KEPT)));
				store.forget(KEPT);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Import heartbeat failed: {}", ex.toString());
		}
	}

	/**
	 * Ends as failed, with the reason that their node stopped, the running jobs not heard
	 * of for too long (or only job {@code id}), and the runs they were writing.
	 */
	private void endAbandoned(@Nullable UUID id) {
		transactions.executeWithoutResult(status -> {
			List<Long> abandoned = store.endAbandoned(staleAfter, id, INTERRUPTED);
			Instant now = clock.instant();
			for (long runId : abandoned) {
				runs.findById(runId).ifPresent(run -> run.abandoned(now));
			}
			if (!abandoned.isEmpty() || id != null) {
				log.warn("Import jobs whose node stopped were ended as failed (runs {})", abandoned);
			}
		});
	}

	private void check(ImportJob job, SheetImport sheetImport, CurrentUser user) {
		try {
			Path file = Objects.requireNonNull(job.file());
			long total = SheetPipeline.count(file, job.progress());
			ImportReport report = SheetPipeline.run(sheetImport, file, user, false, total, job.progress());
			ImportRun run = runs.save(new ImportRun(job, user.unitId(), report, clock.instant()));
			store.checked(job.id(), report, total, run.getId());
			if (!report.isCommittable() && !ImportJob.skippable(report)) {
				store.deleteFile(job.id());
			}
			job.checked(report, total, run.getId());
			count(job, report.isCommittable() ? "checked" : "refused", total);
		}
		catch (RuntimeException | Error ex) {
			logFailure(job, "checking", ex);
			count(job, "failed", 0);
			fail(job, ex);
			rethrowError(ex);
		}
		finally {
			delete(job);
		}
	}

	private void write(ImportJob job, SheetImport sheetImport, CurrentUser user, boolean skipInvalid) {
		long runId = Objects.requireNonNull(job.runId());
		try {
			Path file = Objects.requireNonNull(job.file());
			Skipped skipped = skipInvalid ? badRows(job, sheetImport, file, user) : Skipped.NONE;
			ImportReport report = skipped.refusal() != null ? skipped.refusal() : transactions.execute(status -> {
				List<BadRow> badRows = new ArrayList<>();
				ImportReport written = SheetPipeline.run(sheetImport, file, user, true, job.total(), job.progress(),
						new Skipping(skipped.rows(), line -> badRows.add(skipped.badRow(sheetImport, line)),
								problem -> {
								}));
				if (written.isCommittable()) {
					store.insertBadRows(job.id(), badRows);
					runs.findById(runId).orElseThrow().ended(ImportOutcome.COMMITTED, written, clock.instant());
					store.written(job.id(), written);
				}
				else {
					status.setRollbackOnly();
				}
				return written;
			});
			if (!report.isCommittable()) {
				end(runId, ImportOutcome.REFUSED, report);
				store.written(job.id(), report);
			}
			store.deleteFile(job.id());
			job.written(report);
			count(job, report.isCommittable() ? "committed" : "refused", job.total());
		}
		catch (RuntimeException | Error ex) {
			logFailure(job, "writing", ex);
			count(job, "failed", 0);
			fail(job, ex);
			endFailed(runId);
			rethrowError(ex);
		}
		finally {
			delete(job);
		}
	}

	/**
	 * Finds the rows to skip by checking the sheet again without the rows found wrong so
	 * far, until a pass finds nothing new: a row may be wrong only without another (a
	 * unit whose parent is a wrong row). Refused with the last pass's report when the
	 * file cannot be read or the passes do not settle.
	 */
	private Skipped badRows(ImportJob job, SheetImport sheetImport, Path file, CurrentUser user) {
		BitSet rows = new BitSet();
		Map<Integer, List<ImportProblem>> problems = new HashMap<>();
		ImportReport checked = null;
		for (int pass = 0; pass < SKIP_PASSES; pass++) {
			checked = SheetPipeline.run(sheetImport, file, user, false, job.total(), job.progress(),
					new Skipping((BitSet) rows.clone(), line -> {
					}, problem -> problems.computeIfAbsent(problem.row(), row -> new ArrayList<>()).add(problem)));
			if (!checked.hasProblems()) {
				return new Skipped(rows, problems, null);
			}
			if (checked.fileProblemKey() != null) {
				break;
			}
			rows.or(checked.invalidRows());
		}
		return new Skipped(rows, problems, checked);
	}

	/**
	 * The rows a write leaves out with what is wrong with each, or the report that
	 * refuses the write.
	 */
	private record Skipped(BitSet rows, Map<Integer, List<ImportProblem>> problems, @Nullable ImportReport refusal) {

		static final Skipped NONE = new Skipped(new BitSet(), Map.of(), null);

		BadRow badRow(SheetImport sheetImport, ImportLine line) {
			return new BadRow(line.number(),
					sheetImport.columns().stream().map(column -> line.get(column.key())).toList(),
					problems.getOrDefault(line.number(), List.of()));
		}

	}

	/**
	 * Ends the job as failed, in the database first; a refusal (the user's unit ended
	 * meanwhile, say) gives its own reason.
	 */
	private void fail(ImportJob job, Throwable cause) {
		String reason = cause instanceof BusinessRuleViolation refusal ? refusal.messageKey() : FAILED;
		try {
			store.failed(job.id(), reason);
		}
		finally {
			job.failed(reason);
		}
	}

	private void logFailure(ImportJob job, String phase, Throwable cause) {
		if (cause instanceof BusinessRuleViolation) {
			log.warn("Import {} of {} refused while {}: {}", job.id(), job.owner(), phase, cause.getMessage());
		}
		else {
			log.error("Import {} of {} failed while {}", job.id(), job.owner(), phase, cause);
		}
	}

	/**
	 * Records the run's failure as the system's bookkeeping, not the user's write: the
	 * history stays true when the user's unit has ended meanwhile. If even that fails,
	 * the job already says why.
	 */
	private void endFailed(long runId) {
		try {
			DelegatingSecurityContextRunnable
				.create(() -> end(runId, ImportOutcome.FAILED, null), SecurityContextHolder.createEmptyContext())
				.run();
		}
		catch (RuntimeException ex) {
			log.warn("Import run {} could not be marked as failed: {}", runId, ex.toString());
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

	private void storeFile(ImportJob job) {
		try {
			store.storeFile(job.id(), Objects.requireNonNull(job.file()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
	 * twelve hours, here and in the database.
	 */
	private void forgetOldJobs(CurrentUser user, String kind) {
		var cutoff = clock.instant().minus(KEPT);
		local.values()
			.removeIf(job -> !job.isRunning() && (job.startedAt().isBefore(cutoff)
					|| job.owner().equals(user.username()) && job.kind().equals(kind)));
		store.forget(KEPT, user.username(), kind);
	}

	/**
	 * Deletes this node's copy of the job's file; the database keeps its own until the
	 * job ends.
	 */
	private static void delete(ImportJob job) {
		Path file = job.file();
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Names this node in {@code import_job.node}: host, process and a random part, so
	 * that two nodes on one host differ.
	 */
	private static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "?";
		}
		String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
		return name.length() <= 100 ? name : name.substring(name.length() - 100);
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
