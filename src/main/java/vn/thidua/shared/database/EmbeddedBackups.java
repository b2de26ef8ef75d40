package vn.thidua.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Backups of the embedded database: on a schedule (by default every night at 02:00,
 * Vietnam time), into a folder beside the data folder, keeping the newest few. Each is a
 * {@code thidua-yyyyMMdd-HHmmss.tar.gz} named by Vietnam time (see
 * {@link EmbeddedPostgres#backUp(Path)}).
 */
public class EmbeddedBackups {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBackups.class);

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private static final Pattern NAME = Pattern.compile("thidua-(\\d{8}-\\d{6})(?:-(\\d+))?\\.tar\\.gz");

	private final EmbeddedPostgres postgres;

	private final Path directory;

	private final int keep;

	private final Clock clock;

	public EmbeddedBackups(EmbeddedPostgres postgres, Path directory, int keep, Clock clock) {
		if (keep < 1) {
			throw new IllegalArgumentException("thidua.embedded-db.backup.keep must be at least 1, not " + keep);
		}
		this.postgres = postgres;
		this.directory = directory.toAbsolutePath().normalize();
		this.keep = keep;
		this.clock = clock;
	}

	/**
	 * The folder of backups when none is configured: {@code backups} beside the data
	 * folder.
	 */
	static Path defaultDirectory(Path dataDirectory) {
		return dataDirectory.toAbsolutePath().getParent().resolve("backups");
	}

	public Path directory() {
		return directory;
	}

	@Scheduled(cron = "${thidua.embedded-db.backup.cron:0 0 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	void scheduled() {
		try {
			backUp();
		}
		catch (RuntimeException ex) {
			log.error("Scheduled backup of the embedded database failed", ex);
		}
	}

	/**
	 * Makes a backup now, then deletes the oldest beyond the number kept.
	 */
	public Path backUp() {
		try {
			Files.createDirectories(directory);
			if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
			}
			Path target = freeName();
			Path part = target.resolveSibling(target.getFileName() + ".part");
			long started = System.nanoTime();
			try {
				postgres.backUp(part);
				Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(part);
			}
			log.info("Embedded database backed up to {} ({} bytes, {} s)", target, Files.size(target),
					(System.nanoTime() - started) / 1_000_000_000);
			prune();
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Backup of the embedded database into " + directory + " failed", ex);
		}
	}

	private Path freeName() {
		String stamp = STAMP.format(clock.instant().atZone(VIETNAM));
		Path target = directory.resolve("thidua-" + stamp + ".tar.gz");
		for (int n = 2; Files.exists(target); n++) {
			target = directory.resolve("thidua-" + stamp + "-" + n + ".tar.gz");
		}
		return target;
	}

	/**
	 * Deletes the backups beyond the newest {@code keep}, by the time in their names;
	 * other files in the folder are left alone.
	 */
	List<Path> prune() throws IOException {
		List<Path> backups;
		try (Stream<Path> files = Files.list(directory)) {
			backups = files.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
				.sorted(Comparator.comparing(EmbeddedBackups::sortKey).reversed())
				.toList();
		}
		List<Path> deleted = backups.subList(Math.min(keep, backups.size()), backups.size());
		for (Path old : deleted) {
			Files.deleteIfExists(old);
			log.info("Old backup deleted (keeping the newest {}): {}", keep, old);
		}
		return deleted;
	}

	private static String sortKey(Path file) {
		Matcher name = NAME.matcher(file.getFileName().toString());
		name.matches();
		String n = name.group(2) == null ? "1" : name.group(2);
		return name.group(1) + "-" + "0".repeat(Math.max(0, 6 - n.length())) + n;
	}

}
