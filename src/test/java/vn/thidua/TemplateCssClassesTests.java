package vn.thidua;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every CSS class a template names is defined by a stylesheet: the app's own
 * ({@code static/css}), a template's {@code <style>} block (the PDF templates) or
 * Bootstrap's from its webjar. A class without a style is how a status badge became
 * invisible (issue 16). Classes are read from {@code class="…"} and from the literals of
 * {@code th:class}/{@code th:classappend} (their results, not the values they compare); a
 * class built from a prefix and a value ({@code 'status-' + x}) cannot be checked and is
 * refused unless listed in {@link #DYNAMIC}; statuses take their badge class from
 * {@code @badges.tone(…)} instead, checked by {@code StatusBadgesTests}.
 */
class TemplateCssClassesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path STYLESHEETS = Path.of("src/main/resources/static/css");

	/**
	 * Classes built at run time from a prefix. None today: a new one needs a reason here.
	 */
	private static final Set<String> DYNAMIC = Set.of();

	/**
	 * Classes that style nothing: they mark elements for the app's script or for the
	 * tests (which find them in src/test/java). Each must be used by one of them, or it
	 * is an undefined style after all.
	 */
	private static final Set<String> HOOKS = Set.of(
			// app.js and htmx: the review grid, the ratings grid, reminders
			"score-input", "reason-input", "rating-input", "rating-row", "rating-version", "reminder", "reminder-open",
			"reminder-unread",
			// tests read these cells and rows
			"bar", "certificate-pdf", "criterion", "decision", "due-line", "effect", "heatmap", "import-counts",
			"legal-source", "line-details", "line-verdict", "orientation", "overridden", "overrides", "pact-status",
			"paper", "parameters", "period", "print-page", "quota-use", "rank", "ranking", "result", "returned",
			"returned-reason", "rule-message", "scope", "score", "severity", "share", "stack", "status",
			"template-download", "verdict", "votes");

	private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("\\sclass=\"([^\"]*)\"");

	private static final Pattern TH_CLASS = Pattern.compile("th:(?:class|classappend)=\"([^\"]*)\"");

	private static final Pattern EXPRESSION = Pattern.compile("[$*#@]\\{[^}]*}");

	private static final Pattern CONCATENATED = Pattern.compile("'[^']*'\\s*\\+|\\+\\s*'[^']*'");

	private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

	private static final Pattern BARE_RESULT = Pattern.compile("[?:]\\s*([a-zA-Z][\\w-]*)");

	private static final Pattern STYLE_BLOCK = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);

	private static final Pattern SELECTOR_CLASS = Pattern.compile("\\.(-?[_a-zA-Z][\\w-]*)");

	@Test
	void everyClassATemplateUsesIsDefinedByAStylesheet() throws IOException {
		Set<String> defined = definedClasses();
		Map<String, Set<String>> undefined = new TreeMap<>();
		Map<String, Set<String>> dynamic = new TreeMap<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			String name = TEMPLATES.relativize(template).toString();
			for (String cssClass : usedClasses(html, dynamic, name)) {
				if (!defined.contains(cssClass) && !HOOKS.contains(cssClass)) {
					undefined.computeIfAbsent(cssClass, key -> new TreeSet<>()).add(name);
				}
			}
		}
		dynamic.keySet().removeAll(DYNAMIC);

		assertThat(undefined).as("classes no stylesheet defines (class → templates)").isEmpty();
		assertThat(dynamic).as("classes built from a prefix, which no test can check (expression → templates)")
			.isEmpty();
	}

	@Test
	void everyHookIsUsedByTheScriptOrATestAndIsNotAStyle() throws IOException {
		Set<String> defined = definedClasses();
		StringBuilder users = new StringBuilder(Files.readString(Path.of("src/main/resources/static/js/app.js")));
		try (Stream<Path> tests = Files.walk(Path.of("src/test/java"))) {
			for (Path test : tests.filter(path -> path.toString().endsWith(".java")).toList()) {
				users.append(Files.readString(test));
			}
		}
		Set<String> unused = new TreeSet<>();
		for (String hook : HOOKS) {
			if (!Pattern.compile("[.\"' ]" + Pattern.quote(hook) + "(?![\\w-])").matcher(users).find()) {
				unused.add(hook);
			}
		}
		assertThat(unused).as("hooks nothing uses: style them or remove them").isEmpty();
		assertThat(HOOKS).as("a hook that a stylesheet defines is a style, not a hook")
			.doesNotContainAnyElementsOf(defined);
	}

	@Test
	void theCheckFindsAnUndefinedClassAndAPrefixedOne() throws IOException {
		Map<String, Set<String>> dynamic = new TreeMap<>();
		Set<String> used = usedClasses(
				"""
						<span class="badge report-SUBMITTED">x</span>
						<span th:classappend="${r.passed} ? 'text-bg-success' : (${r.status.name() == 'IN_FORCE'} ? text-danger)">y</span>
						<span th:classappend="${'status-' + movement.status}">z</span>
						<span th:classappend="${@badges.tone('ReportStatus', r.status)}">w</span>
						""",
				dynamic, "sample.html");

		assertThat(used).containsExactlyInAnyOrder("badge", "report-SUBMITTED", "text-bg-success", "text-danger");
		assertThat(dynamic).containsOnlyKeys("${'status-' + movement.status}");
		assertThat(definedClasses()).contains("badge", "text-bg-success", "tone-done")
			.doesNotContain("report-SUBMITTED");
	}

	private static Set<String> usedClasses(String html, Map<String, Set<String>> dynamic, String template) {
		Set<String> used = new HashSet<>();
		Matcher plain = CLASS_ATTRIBUTE.matcher(html);
		while (plain.find()) {
			used.addAll(List.of(plain.group(1).trim().split("\\s+")));
		}
		Matcher computed = TH_CLASS.matcher(html);
		while (computed.find()) {
			String expression = computed.group(1);
			if (CONCATENATED.matcher(expression).find()) {
				dynamic.computeIfAbsent(expression, key -> new TreeSet<>()).add(template);
			}
			String results = EXPRESSION.matcher(expression).replaceAll(" ");
			Matcher literal = LITERAL.matcher(results);
			while (literal.find()) {
				used.addAll(List.of(literal.group(1).trim().split("\\s+")));
			}
			Matcher bare = BARE_RESULT.matcher(LITERAL.matcher(results).replaceAll(" "));
			while (bare.find()) {
				used.add(bare.group(1));
			}
		}
		used.remove("");
		return used;
	}

	private static Set<String> definedClasses() throws IOException {
		StringBuilder css = new StringBuilder();
		try (Stream<Path> sheets = Files.list(STYLESHEETS)) {
			for (Path sheet : sheets.filter(path -> path.toString().endsWith(".css")).toList()) {
				css.append(Files.readString(sheet));
			}
		}
		for (Path template : templates()) {
			Matcher style = STYLE_BLOCK.matcher(Files.readString(template));
			while (style.find()) {
				css.append(style.group(1));
			}
		}
		String bootstrap = new WebJarVersionLocator().fullPath("bootstrap", "css/bootstrap.min.css");
		assertThat(bootstrap).as("Bootstrap's stylesheet in its webjar").isNotNull();
		try (InputStream in = TemplateCssClassesTests.class.getClassLoader().getResourceAsStream(bootstrap)) {
			assertThat(in).isNotNull();
			css.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		Set<String> defined = new HashSet<>();
		Matcher selector = SELECTOR_CLASS.matcher(css.toString().replaceAll("url\\([^)]*\\)", ""));
		while (selector.find()) {
			defined.add(selector.group(1));
		}
		return defined;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

}
