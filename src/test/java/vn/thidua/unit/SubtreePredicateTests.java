package vn.thidua.unit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit tree's path format is the unit module's: a query asks "in this subtree" with
 * {@code unit_in_subtree(path, root_path)} (V41) and "in this user's scope" (with
 * inherited subtrees) with a semi-join on {@code unit_scope(root_id)} (V43), never with
 * its own LIKE on a path nor with {@code unit_within(path, root_id)}, whose sub-queries
 * ran again for every row. A plain scan of the sources, no database.
 */
class SubtreePredicateTests {

	private static final Path SOURCES = Path.of("src/main/java");

	/**
	 * {@code u.path like r.path || '%'}, {@code :root not like ...}, {@code path ilike},
	 * {@code select path || '%'}, {@code starts_with(u.path, ...)}.
	 */
	static final Pattern RAW_SUBTREE = Pattern.compile(
			"(?i)path\\s+(not\\s+)?i?like\\b|\\blike\\s+[\\w.:?()]*path|path\\s*\\|\\|\\s*'%|starts_with\\s*\\(\\s*[\\w.:]*path");

	@Test
	void theRulesKnowTheForms() {
		assertThat(List.of("and u.path like r.path || '%'", "where :successorPath like a.path || '%'",
				"inherited.path not like a.path || '%'", "u.path like any (array(select path || '%' from unit))",
				"where (select path from unit where id = ?) like u.path || '%'", "starts_with(u.path, r.path)"))
			.allMatch((sql) -> RAW_SUBTREE.matcher(sql).find());
		assertThat(List.of("unit_in_subtree(u.path, r.path)", "u.search_text like '%' || :q || '%'",
				"not unit_in_subtree(inherited.path, a.path)", "order by u.path limit ?"))
			.noneMatch((sql) -> RAW_SUBTREE.matcher(sql).find());
	}

	@Test
	void noQueryWritesThePathFormatItself() throws IOException {
		assertThat(linesMatching(RAW_SUBTREE))
			.as("subtree predicates written by hand; use unit_in_subtree(path, root_path)")
			.isEmpty();
	}

	@Test
	void noQueryTestsAScopeRowByRow() throws IOException {
		assertThat(linesMatching(Pattern.compile("\\bunit_within\\s*\\(")))
			.as("use exists (select 1 from unit_scope(:root) scope_roots(root_path) where unit_in_subtree(u.path, root_path))")
			.isEmpty();
	}

	private static List<String> linesMatching(Pattern pattern) throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (pattern.matcher(lines.get(i)).find()) {
						found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		return found;
	}

}
