package vn.thidua.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.imports.ImportJob.Status;
import vn.thidua.shared.importing.ImportPhase;
import vn.thidua.shared.importing.ImportProblem;
import vn.thidua.shared.importing.ImportProgress;
import vn.thidua.shared.importing.ImportReport;

/**
 * The import jobs in the database ({@code import_job}) and their files in parts
 * ({@code import_upload}), so that every node sees every job. Times that decide whether a
 * node is gone are the database's, so the nodes' clocks need not agree.
 */
@Component
class ImportJobStore {

	static final String RUNNING = "('CHECKING', 'WRITING')";

	private static final int PART = 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ImportJobStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Adds a job being checked; a second running job of the same user breaks the unique
	 * index {@code import_job_running_user_idx}.
	 */
	void insert(ImportJob job, String node) {
		jdbc.sql("""
				insert into import_job (id, kind, username, file_name, checksum, file_size, started_at, status, node,
				                        heartbeat_at)
				values (:id, :kind, :username, :fileName, :checksum, :size, :startedAt, 'CHECKING', :node, now())
				""")
			.param("id", job.id())
			.param("kind", job.kind())
			.param("username", job.owner())
			.param("fileName", job.fileName())
			.param("checksum", job.checksum())
			.param("size", job.size())
			.param("startedAt", Timestamp.from(job.startedAt()))
			.param("node", node)
			.update();
	}

	boolean hasRunning(String username) {
		return jdbc.sql("select exists (select 1 from import_job where username = ? and status in " + RUNNING + ")")
			.param(username)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Saves the file in parts of a megabyte.
	 */
	void storeFile(UUID id, Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			int part = 0;
			byte[] bytes;
			while ((bytes = in.readNBytes(PART)).length > 0) {
				jdbc.sql("insert into import_upload (job_id, part, content) values (?, ?, ?)")
					.params(id, part++, bytes)
					.update();
			}
		}
	}

	/**
	 * Writes the stored file to {@code target}, one part at a time.
	 */
	void restoreFile(UUID id, Path target) throws IOException {
		int parts = jdbc.sql("select count(*) from import_upload where job_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		try (OutputStream out = Files.newOutputStream(target)) {
			for (int part = 0; part < parts; part++) {
				byte[] bytes = jdbc.sql("select content from import_upload where job_id = ? and part = ?")
					.params(id, part)
					.query(byte[].class)
					.single();
				out.write(bytes);
			}
		}
	}

	void deleteFile(UUID id) {
		jdbc.sql("delete from import_upload where job_id = ?").param(id).update();
	}

	Optional<Stored> find(UUID id, Duration staleAfter) {
		return jdbc.sql("""
				select id, kind, username, file_name, checksum, file_size, started_at, status, phase, rows_done,
				       rows_total, preview, result, run_id, failure_key,
				       status in %s and heartbeat_at < now() - make_interval(secs => :stale) as stale
				from import_job where id = :id
				""".formatted(RUNNING))
			.param("id", id)
			.param("stale", (double) staleAfter.toMillis() / 1000)
			.query(this::stored)
			.optional();
	}

	void checked(UUID id, ImportReport report, long total, long runId) {
		jdbc.sql("""
				update import_job set status = 'CHECKED', preview = cast(:preview as jsonb), rows_total = :total,
				                      rows_done = :total, run_id = :runId, heartbeat_at = now()
				where id = :id
				""")
			.param("id", id)
			.param("preview", json(report))
			.param("total", total)
			.param("runId", runId)
			.update();
	}

	/**
	 * Moves a checked job of the user to writing on this node, once: a second
	 * confirmation (a double click, a replayed form, another node) finds it no longer
	 * checked.
	 */
	boolean beginWriting(UUID id, String username, String node) {
		return jdbc.sql("""
				update import_job set status = 'WRITING', phase = 'WRITING', rows_done = 0, node = :node,
				                      heartbeat_at = now()
				where id = :id and username = :username and status = 'CHECKED'
				""").param("id", id).param("username", username).param("node", node).update() == 1;
	}

	void written(UUID id, ImportReport report) {
		jdbc.sql("""
				update import_job set status = 'DONE', result = cast(:result as jsonb), rows_done = rows_total,
				                      heartbeat_at = now()
				where id = :id
				""").param("id", id).param("result", json(report)).update();
	}

	void failed(UUID id, String reasonKey) {
		jdbc.sql("update import_job set status = 'FAILED', failure_key = ?, heartbeat_at = now() where id = ?")
			.params(reasonKey, id)
			.update();
		deleteFile(id);
	}

	/**
	 * Tells the database how far this node's running jobs have come, and that it is
	 * alive.
	 */
	void heartbeat(Map<UUID, ImportProgress> running) {
		running.forEach((id, progress) -> jdbc.sql("""
				update import_job set phase = :phase, rows_done = :done, rows_total = :total, heartbeat_at = now()
				where id = :id and status in %s
				""".formatted(RUNNING))
			.param("id", id)
			.param("phase", progress.phase().name())
			.param("done", progress.done())
			.param("total", progress.total())
			.update());
	}

	/**
	 * Ends as failed the running jobs whose node has not been heard of for
	 * {@code staleAfter} (all of them, or only {@code onlyId}), and drops their files.
	 * @return the runs the ended jobs were writing
	 */
	List<Long> endAbandoned(Duration staleAfter, @Nullable UUID onlyId, String reasonKey) {
		List<Ended> ended = jdbc.sql("""
				update import_job set status = 'FAILED', failure_key = :reason, heartbeat_at = now()
				where status in %s and heartbeat_at < now() - make_interval(secs => :stale)
				  and (cast(:only as uuid) is null or id = :only)
				returning id, run_id
				""".formatted(RUNNING))
			.param("reason", reasonKey)
			.param("stale", (double) staleAfter.toMillis() / 1000)
			.param("only", onlyId)
			.query((rs, row) -> {
				long run = rs.getLong("run_id");
				return new Ended(rs.getObject("id", UUID.class), rs.wasNull() ? null : run);
			})
			.list();
		ended.forEach(job -> deleteFile(job.id()));
		return ended.stream().map(Ended::runId).filter(Objects::nonNull).toList();
	}

	private record Ended(UUID id, @Nullable Long runId) {
	}

	/**
	 * Forgets finished jobs older than {@code kept}, and the user's finished jobs of
	 * {@code kind}.
	 */
	void forget(Duration kept, String username, String kind) {
		jdbc.sql("""
				delete from import_job
				where status not in %s
				  and (started_at < now() - make_interval(secs => :kept) or username = :username and kind = :kind)
				""".formatted(RUNNING))
			.param("kept", (double) kept.toSeconds())
			.param("username", username)
			.param("kind", kind)
			.update();
	}

	/**
	 * Forgets everyone's finished jobs older than {@code kept}, with their files.
	 */
	void forget(Duration kept) {
		jdbc.sql("""
				delete from import_job
				where status not in %s and started_at < now() - make_interval(secs => :kept)
				""".formatted(RUNNING)).param("kept", (double) kept.toSeconds()).update();
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		long total = rs.getLong("rows_total");
		long runId = rs.getLong("run_id");
		Long run = rs.wasNull() ? null : runId;
		ImportJob job = ImportJob.stored(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("username"),
				rs.getString("file_name"), rs.getString("checksum"), rs.getLong("file_size"),
				rs.getTimestamp("started_at").toInstant(), Status.valueOf(rs.getString("status")),
				new ImportProgress(ImportPhase.valueOf(rs.getString("phase")), rs.getLong("rows_done"), total),
				report(rs.getString("preview")), report(rs.getString("result")), run, rs.getString("failure_key"));
		return new Stored(job, rs.getBoolean("stale"));
	}

	/**
	 * A job as stored, and whether it is running on a node not heard of for too long.
	 */
	record Stored(ImportJob job, boolean stale) {
	}

	/**
	 * Keeps the rows a job skipped as wrong, with their cells in the template's order and
	 * their problems, until the job is forgotten.
	 */
	void insertBadRows(UUID id, List<BadRow> rows) {
		batch.batchUpdate(
				"insert into import_bad_row (job_id, row_number, cells, problems) values (?, ?, ?, cast(? as jsonb))",
				rows.stream()
					.map(row -> new Object[] { id, row.row(), row.cells().toArray(String[]::new),
							JSON.writeValueAsString(stored(row.problems())) })
					.toList());
	}

	List<BadRow> badRows(UUID id) {
		return jdbc.sql("select row_number, cells, problems from import_bad_row where job_id = ? order by row_number")
			.param(id)
			.query((rs, row) -> new BadRow(rs.getInt("row_number"), List.of((String[]) rs.getArray("cells").getArray()),
					restored(JSON.readValue(rs.getString("problems"), StoredProblem[].class))))
			.list();
	}

	private static List<StoredProblem> stored(List<ImportProblem> problems) {
		return problems.stream()
			.map(problem -> new StoredProblem(problem.row(), problem.column(), problem.messageKey(),
					plain(problem.args())))
			.toList();
	}

	private static List<ImportProblem> restored(StoredProblem[] problems) {
		return Arrays.stream(problems)
			.map(problem -> new ImportProblem(problem.row(), problem.column(), problem.messageKey(),
					problem.args().toArray()))
			.toList();
	}

	private static String json(ImportReport report) {
		return JSON.writeValueAsString(new StoredReport(report.rows(), report.existing(), report.invalid(),
				report.written(), report.skipped(), report.problemCount(), report.fileProblemKey(),
				plain(report.fileProblemArgs()), stored(report.problems())));
	}

	private static @Nullable ImportReport report(@Nullable String json) {
		if (json == null) {
			return null;
		}
		StoredReport stored = JSON.readValue(json, StoredReport.class);
		return ImportReport.restored(stored.rows(), stored.existing(), stored.invalid(), stored.written(),
				stored.skipped(), stored.problemCount(), restored(stored.problems().toArray(StoredProblem[]::new)),
				stored.fileProblemKey(), stored.fileProblemArgs().toArray());
	}

	/**
	 * Message arguments as JSON keeps them: numbers, text and truth values as they are,
	 * anything else as its text.
	 */
	private static List<Object> plain(Object[] args) {
		return Arrays.stream(args)
			.map(arg -> arg instanceof Number || arg instanceof String || arg instanceof Boolean ? arg
					: String.valueOf(arg))
			.toList();
	}

	record StoredReport(long rows, long existing, long invalid, long written, long skipped, long problemCount,
			@Nullable String fileProblemKey, List<Object> fileProblemArgs, List<StoredProblem> problems) {
	}

	record StoredProblem(int row, String column, String messageKey, List<Object> args) {
	}

}
