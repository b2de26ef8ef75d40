package vn.thidua.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RecordPropertyAccessorTests {

	record Line(String name, int year, boolean revoked) {
	}

	private final ThymeleafEvaluationContext evaluation = new ThymeleafEvaluationContext(new StaticApplicationContext(),
			null);

	@Test
	void readsTheComponentsOfTheApplicationsRecordsFirst() {
		String html = render("<p th:each=\"l : ${lines}\" th:text=\"${l.name} + ' ' + ${l.year} + ${l.revoked}\"></p>",
				Map.of("lines",
						List.of(new Line("Nguyễn Văn An", 2023, false), new Line("Trần Thị Bình", 2024, true))));

		assertThat(html).isEqualTo("<p>Nguyễn Văn An 2023false</p><p>Trần Thị Bình 2024true</p>");
		assertThat(evaluation.getPropertyAccessors().getFirst()).isInstanceOf(RecordPropertyAccessor.class);
	}

	@Test
	void leavesEverythingElseToThymeleafsGuardedAccessor() {
		assertThat(render("<p th:text=\"${m.x} + ${s.empty}\"></p>", Map.of("m", Map.of("x", "1"), "s", "")))
			.isEqualTo("<p>1true</p>");
		assertThatExceptionOfType(TemplateProcessingException.class)
			.isThrownBy(
					() -> render("<p th:text=\"${t.contextClassLoader}\"></p>", Map.of("t", Thread.currentThread())))
			.havingRootCause()
			.withMessageContaining("forbidden");
	}

	@Test
	void servesOnlyComponentsOfRecords() throws Exception {
		RecordPropertyAccessor accessor = new RecordPropertyAccessor();
		Line line = new Line("A", 1, false);

		assertThat(accessor.canRead(evaluation, line, "year")).isTrue();
		assertThat(accessor.read(evaluation, line, "year").getValue()).isEqualTo(1);
		assertThat(accessor.canRead(evaluation, line, "getClass")).isFalse();
		assertThat(accessor.canRead(evaluation, "text", "empty")).isFalse();
		assertThat(accessor.canRead(evaluation, null, "name")).isFalse();
	}

	@Test
	void aMissingComponentIsAnErrorAsBefore() {
		assertThatExceptionOfType(TemplateProcessingException.class)
			.isThrownBy(() -> render("<p th:text=\"${l.nothing}\"></p>", Map.of("l", new Line("A", 1, false))));
	}

	@Test
	void theSameExpressionServesARecordAndThenAnotherType() {
		String template = "<p th:each=\"x : ${xs}\" th:text=\"${x.name}\"></p>";
		assertThat(render(template, Map.of("xs", List.of(new Line("A", 1, false), Map.of("name", "B")))))
			.isEqualTo("<p>A</p><p>B</p>");
	}

	@Test
	void compiledExpressionsReadTheSameAndFallBackForOtherTypes() {
		List<Object> rows = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			rows.add(new Line("Người " + i, 2000 + i, i % 2 == 0));
		}
		rows.add(Map.of("name", "Bản đồ", "year", 1, "revoked", true));
		rows.add(new Line("Cuối", 2026, false));
		String html = render("<p th:each=\"l : ${lines}\" th:text=\"${l.name} + ' ' + ${l.year} + ${l.revoked}\"></p>",
				Map.of("lines", rows), true);

		assertThat(html).startsWith("<p>Người 0 2000true</p><p>Người 1 2001false</p>")
			.contains("<p>Người 299 2299false</p><p>Bản đồ 1true</p><p>Cuối 2026false</p>");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> RecordPropertyAccessor.component(Map.of("name", "x"), "name"));
	}

	private String render(String template, Map<String, Object> variables) {
		return render(template, variables, false);
	}

	private String render(String template, Map<String, Object> variables, boolean compiled) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setEnableSpringELCompiler(compiled);
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new RecordPropertyDialect());
		Context context = new Context();
		context.setVariables(variables);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
		return engine.process(template, context);
	}

}
