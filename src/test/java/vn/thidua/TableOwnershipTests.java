package vn.thidua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.thidua.shared.ModuleTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module reads another module's tables unless that module publishes them, and none
 * writes them: the module named in a migration's file name owns the tables it creates (or
 * the module whose {@link ModuleTables} claims them), and every SQL statement in a
 * module's code is checked against that.
 */
class TableOwnershipTests {

	private static final Path CODE = Path.of("src/main/java/vn/thidua");

	private static final Pattern CREATE = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern WRITE = Pattern
		.compile("(?i)\\b(?:update|insert\\s+into|delete\\s+from|truncate(?:\\s+table)?)\\s+(\\w+)");

	private static final Pattern READ = Pattern.compile("(?i)(?<!delete\\s)\\b(?:from|join)\\s+(\\w+)\\b(?!\\s*\\()");

	@Test
	void modulesReadOnlyPublishedTablesOfOthersAndWriteOnlyTheirOwn() throws IOException {
		Map<String, String> owners = owners();
		List<String> crossings = new ArrayList<>();
		for (String module : modules()) {
			try (Stream<Path> files = Files.walk(CODE.resolve(module))) {
				files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> {
					String code = read(file);
					crossings.addAll(crossings(module, file, code, WRITE, owners, Set.of()));
					crossings.addAll(crossings(module, file, code, READ, owners, null));
				});
			}
		}
		assertThat(crossings).as("SQL of one module on another module's unpublished tables").isEmpty();
	}

	@Test
	void theOwnersOfTheTablesAreKnown() throws IOException {
		Map<String, String> owners = owners();
		assertThat(owners).hasSizeGreaterThan(50).containsEntry("unit", "unit").containsEntry("import_job", "imports");
		assertThat(crossings("proposal", Path.of("X.java"), "update award_record set revoked = true", WRITE, owners,
				Set.of()))
			.hasSize(1);
		assertThat(crossings("proposal", Path.of("X.java"), "select 1 from person join unit u", READ, owners, null))
			.containsExactly("X.java: proposal reads person (module award)");
	}

	private static List<String> crossings(String module, Path file, String code, Pattern statement,
			Map<String, String> owners, Set<String> allowed) {
		List<String> found = new ArrayList<>();
		Matcher matcher = statement.matcher(code);
		while (matcher.find()) {
			String table = matcher.group(1).toLowerCase();
			String owner = owners.get(table);
			if (owner != null && !owner.equals(module)
					&& !(allowed != null ? allowed : published(owner)).contains(table)) {
				found.add(file.getFileName() + ": " + module + (statement == WRITE ? " writes " : " reads ") + table
						+ " (module " + owner + ")");
			}
		}
		return found;
	}

	private static Map<String, String> owners() throws IOException {
		Map<String, String> owners = new HashMap<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			files.sorted().forEach((file) -> {
				String module = file.getFileName().toString().replaceFirst("^V\\d+__([a-z]+)_.*", "$1");
				Matcher created = CREATE.matcher(read(file));
				while (created.find()) {
					owners.putIfAbsent(created.group(1).toLowerCase(), module);
				}
			});
		}
		for (String module : modules()) {
			ModuleTables tables = tables(module);
			if (tables != null) {
				for (String table : tables.owns()) {
					owners.put(table, module);
				}
			}
		}
		return owners;
	}

	private static Set<String> published(String module) {
		ModuleTables tables = tables(module);
		return tables == null ? Set.of() : Set.of(tables.published());
	}

	private static ModuleTables tables(String module) {
		try {
			return Class.forName("vn.thidua." + module + ".package-info")
				.getPackage()
				.getAnnotation(ModuleTables.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static Set<String> modules() throws IOException {
		try (Stream<Path> entries = Files.list(CODE)) {
			return entries.filter(Files::isDirectory)
				.map((dir) -> dir.getFileName().toString())
				.collect(TreeSet::new, Set::add, Set::addAll);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
