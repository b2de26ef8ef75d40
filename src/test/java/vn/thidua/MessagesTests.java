package vn.thidua;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vietnamese and English bundles hold the same keys, every literal key a template
 * asks for exists, and no template shows text of its own.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)</");

	@Test
	void bundlesHoldTheSameKeys() throws IOException {
		assertThat(load("messages_vi.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		for (String name : List.of("messages.properties", "messages_vi.properties")) {
			Set<Object> twice = new TreeSet<>();
			load(name, new Properties() {

				@Override
				public synchronized Object put(Object key, Object value) {
					Object earlier = super.put(key, value);
					if (earlier != null) {
						twice.add(key);
					}
					return earlier;
				}

			});
			assertThat(twice).as(name + ": a later line silently replaces an earlier one").isEmpty();
		}
	}

	/**
	 * A message with arguments goes through {@link java.text.MessageFormat}, where a lone
	 * apostrophe starts a quote ("the movement's {0}" shows "the movements {0}"); one
	 * without is shown as written, where a doubled one stays doubled.
	 */
	@Test
	void apostrophesSurviveFormatting() throws IOException {
		for (String name : List.of("messages.properties", "messages_vi.properties")) {
			Properties bundle = load(name);
			Set<String> wrong = new TreeSet<>();
			for (String key : bundle.stringPropertyNames()) {
				String text = bundle.getProperty(key);
				boolean formatted = ARGUMENT.matcher(text).find();
				if (formatted ? LONE_APOSTROPHE.matcher(text).find() : text.contains("''")) {
					wrong.add(key);
				}
			}
			assertThat(wrong).as(name + ": write ’ for an apostrophe").isEmpty();
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesShowNoLiteralText() throws IOException {
		Set<String> literals = new HashSet<>();
		for (Path template : templates()) {
			for (String line : Files.readAllLines(template, StandardCharsets.UTF_8)) {
				Matcher matcher = TEXT_NODE.matcher(line);
				while (matcher.find()) {
					boolean replaced = line.substring(0, matcher.start() + 1)
						.matches(".*(th:(text|utext|errors|replace)|sec:authentication)=.*");
					boolean languageName = matcher.group(1).matches("English|Tiếng Việt");
					if (!replaced && !languageName) {
						literals.add(template.getFileName() + ": " + matcher.group(1).strip());
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	private static Set<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).collect(Collectors.toSet());
		}
	}

	private static Properties load(String name) throws IOException {
		return load(name, new Properties());
	}

	private static Properties load(String name, Properties properties) throws IOException {
		try (InputStream in = MessagesTests.class.getResourceAsStream("/messages/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
