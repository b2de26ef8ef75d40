package vn.thidua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import vn.thidua.support.Architecture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module map in {@value #DOCS} is generated from the code by Spring Modulith's
 * {@link Documenter}: the component diagram of all modules, one diagram and one canvas
 * (its named interfaces, services, repositories, events, configuration) per module. This
 * test regenerates it; when the committed files differ it writes the new ones into
 * {@value #DOCS} and fails, so the change shows up in {@code git status} to be committed.
 * Render the {@code .puml} files with PlantUML (C4 standard library) or an IDE plugin;
 * the {@code .adoc} canvases read as plain text too. See docs/architecture.md.
 */
class ModuleDocumentationTests {

	static final String DOCS = "docs/modules";

	private static final Path GENERATED = Path.of("target/module-docs");

	@Test
	void committedModuleDocumentationIsCurrent() throws IOException {
		new Documenter(Architecture.modules(), Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeDocumentation()
			.writeAggregatingDocument();
		Map<String, String> generated = read(GENERATED);
		Map<String, String> committed = read(Path.of(DOCS));
		List<String> stale = new ArrayList<>();
		generated.forEach((name, text) -> {
			if (!sameLines(text, committed.get(name))) {
				stale.add(name);
			}
		});
		committed.keySet().stream().filter((name) -> !generated.containsKey(name)).forEach(stale::add);
		if (!stale.isEmpty()) {
			FileSystemUtils.deleteRecursively(Path.of(DOCS));
			FileSystemUtils.copyRecursively(GENERATED, Path.of(DOCS));
		}
		assertThat(stale).as("module documentation out of date; " + DOCS + " has been regenerated, commit it")
			.isEmpty();
		assertThat(generated).containsKey("components.puml");
	}

	/**
	 * The Documenter writes some elements in no fixed order, so files are compared as
	 * sorted lines.
	 */
	private static boolean sameLines(String generated, String committed) {
		return committed != null && generated.lines().sorted().toList().equals(committed.lines().sorted().toList());
	}

	private static Map<String, String> read(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(path).toString(), Files.readString(path).replace("\r\n", "\n"));
			}
		}
		return files;
	}

}
