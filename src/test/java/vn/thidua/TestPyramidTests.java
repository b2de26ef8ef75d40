package vn.thidua;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapWith;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code ./mvnw test} fast: every test class that starts a Spring context (a
 * {@code @SpringBootTest}, {@code @IntegrationTest}, {@code BrowserTest} or a slice such
 * as {@code @WebMvcTest}) carries the {@value IntegrationTest#TAG} tag, so that Surefire
 * leaves it to Failsafe in {@code ./mvnw verify} — except a {@link WebSliceTest}, a web
 * slice without a database that starts in a second, which is a unit test. The tag is
 * looked up the way JUnit looks it up. Tests that start the embedded PostgreSQL by hand
 * are tagged by hand (not checked here).
 */
class TestPyramidTests {

	@Test
	void testsThatStartTheApplicationAreTaggedIntegration() throws IOException, URISyntaxException {
		List<String> untagged = testClasses().filter(TestPyramidTests::startsSpring)
			.filter((type) -> !taggedIntegration(type))
			.filter((type) -> !webSlice(type))
			.map(Class::getName)
			.toList();
		assertThat(untagged).as("test classes that start a Spring context without @Tag(\"integration\")").isEmpty();
	}

	/**
	 * A web slice is a unit test: tagged integration it would leave {@code ./mvnw test}.
	 */
	@Test
	void webSlicesAreUnitTests() throws IOException, URISyntaxException {
		List<Class<?>> slices = testClasses().filter(TestPyramidTests::webSlice).toList();
		assertThat(slices).hasSizeGreaterThanOrEqualTo(5);
		assertThat(slices.stream().filter(TestPyramidTests::taggedIntegration).map(Class::getName))
			.as("web slices tagged integration")
			.isEmpty();
	}

	@Test
	void integrationTestsAreFound() throws IOException, URISyntaxException {
		assertThat(testClasses().filter(TestPyramidTests::taggedIntegration).count()).isGreaterThan(50);
	}

	/**
	 * Tests read today from the application's {@code Clock} (or pass fixed dates), never
	 * from the JVM's default clock, so that they hold on any day and in any time zone.
	 */
	@Test
	void testsReadTimeFromAClock() throws IOException {
		Pattern now = Pattern.compile(
				"\\b(LocalDate|LocalDateTime|LocalTime|Instant|Year|YearMonth|ZonedDateTime|OffsetDateTime)\\.now\\(\\)");
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			List<String> offenders = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> now.matcher(read(file)).find())
				.map(Path::toString)
				.toList();
			assertThat(offenders).as("tests that read the JVM's clock instead of the application's Clock").isEmpty();
		}
		assertThat(now.matcher("LocalDate" + ".now()").find()).isTrue();
		assertThat(now.matcher("LocalDate.now(clock)").find()).isFalse();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean startsSpring(Class<?> type) {
		return MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).isPresent(BootstrapWith.class);
	}

	private static boolean webSlice(Class<?> type) {
		return MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).isPresent(WebSliceTest.class);
	}

	private static boolean taggedIntegration(Class<?> type) {
		return AnnotationSupport.findRepeatableAnnotations(type, Tag.class)
			.stream()
			.anyMatch((tag) -> tag.value().equals(IntegrationTest.TAG));
	}

	private static Stream<Class<?>> testClasses() throws IOException, URISyntaxException {
		Path root = Path.of(TestPyramidTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		try (Stream<Path> files = Files.walk(root)) {
			List<Class<?>> classes = files.map((file) -> root.relativize(file).toString())
				.filter((name) -> name.endsWith("Tests.class") || name.endsWith("Test.class"))
				.map((name) -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
				.<Class<?>>map(TestPyramidTests::load)
				.filter((type) -> !Modifier.isAbstract(type.getModifiers()) && !type.isAnnotation())
				.toList();
			return classes.stream();
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, TestPyramidTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
