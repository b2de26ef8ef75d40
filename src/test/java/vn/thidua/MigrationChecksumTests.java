package vn.thidua;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committed migrations never change: a database that applied a migration would refuse to
 * start (Flyway's validation) or, worse, would differ from a fresh one. The checksums of
 * the migrations on main are listed in {@value #CHECKSUMS}; this test fails when a listed
 * migration is changed, renamed or removed, when the list is out of order, and when an
 * unlisted (new) migration takes a version at or below the listed ones. When a new
 * migration is merged to main, append its line ({@code <file> <sha256>}, printed by
 * {@link #printLines()}): the list only ever grows. See docs/testing.md.
 * <p>
 * The checksum is SHA-256 over the text with line endings normalised to LF, so a checkout
 * with CRLF line endings still matches.
 */
class MigrationChecksumTests {

	static final String CHECKSUMS = "src/test/resources/db/migration-checksums.txt";

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

	@Test
	void committedMigrationsAreUnchanged() throws IOException {
		Map<String, String> listed = listed();
		Map<String, String> actual = actual();
		List<String> changed = new ArrayList<>();
		listed.forEach((file, checksum) -> {
			String now = actual.get(file);
			if (now == null) {
				changed.add(file + " was removed or renamed");
			}
			else if (!now.equals(checksum)) {
				changed.add(file + " changed (listed " + checksum + ", now " + now + ")");
			}
		});
		assertThat(changed).as("Committed migrations must never change: write a new migration instead").isEmpty();
	}

	@Test
	void theListIsInVersionOrderWithoutDuplicates() throws IOException {
		List<Integer> versions = listed().keySet().stream().map(MigrationChecksumTests::version).toList();
		assertThat(versions).as("versions in " + CHECKSUMS).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void newMigrationsComeAfterTheListedOnes() throws IOException {
		Map<String, String> listed = listed();
		int highest = listed.keySet().stream().mapToInt(MigrationChecksumTests::version).max().orElse(0);
		List<String> misplaced = actual().keySet()
			.stream()
			.filter((file) -> !listed.containsKey(file))
			.filter((file) -> version(file) <= highest)
			.toList();
		assertThat(misplaced)
			.as("New migrations need a version above V%d, the highest committed one (Flyway refuses an older version "
					+ "a database has not applied)", highest)
			.isEmpty();
	}

	@Test
	void everyMigrationIsAVersionedSqlFile() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.allMatch((name) -> VERSIONED.matcher(name).matches(), "named V<number>__<description>.sql");
		}
	}

	/**
	 * The lines of the current migrations, to append the new ones to {@value #CHECKSUMS}:
	 * {@code ./mvnw -q test -Dtest=MigrationChecksumTests#printLines}.
	 */
	@Test
	void printLines() throws IOException {
		Map<String, String> listed = listed();
		actual().forEach((file, checksum) -> {
			if (!listed.containsKey(file)) {
				System.out.println("Not yet in " + CHECKSUMS + ": " + file + " " + checksum);
			}
		});
	}

	private static Map<String, String> listed() throws IOException {
		Map<String, String> listed = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of(CHECKSUMS))) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] parts = trimmed.split("\\s+");
			assertThat(parts).as("line '%s' in %s: <file> <sha256>", line, CHECKSUMS).hasSize(2);
			assertThat(listed.put(parts[0], parts[1])).as("%s listed twice", parts[0]).isNull();
		}
		return listed;
	}

	private static Map<String, String> actual() throws IOException {
		Map<String, String> checksums = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				checksums.put(file.getFileName().toString(), checksum(file));
			}
		}
		return checksums;
	}

	static String checksum(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int version(String file) {
		Matcher matcher = VERSIONED.matcher(file);
		assertThat(matcher.matches()).as("%s is named V<number>__<description>.sql", file).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
