package vn.thidua.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.templateboundaries.AbstractTemplateBoundariesProcessor;
import org.thymeleaf.processor.templateboundaries.ITemplateBoundariesStructureHandler;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Puts {@link RecordPropertyAccessor} first in the expression context Thymeleaf builds
 * for each page, when the page starts rendering.
 */
@Component
class RecordPropertyDialect extends AbstractProcessorDialect {

	private static final RecordPropertyAccessor ACCESSOR = new RecordPropertyAccessor();

	RecordPropertyDialect() {
		super("Record properties", "records", 0);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new Installer());
	}

	static void install(ITemplateContext context) {
		if (context.getVariable(
				ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME) instanceof StandardEvaluationContext evaluation
				&& !evaluation.getPropertyAccessors().contains(ACCESSOR)) {
			List<PropertyAccessor> accessors = new ArrayList<>(evaluation.getPropertyAccessors());
			accessors.addFirst(ACCESSOR);
			evaluation.setPropertyAccessors(accessors);
		}
	}

	private static final class Installer extends AbstractTemplateBoundariesProcessor {

		Installer() {
			super(TemplateMode.HTML, 0);
		}

		@Override
		public void doProcessTemplateStart(ITemplateContext context, ITemplateStart templateStart,
				ITemplateBoundariesStructureHandler structureHandler) {
			install(context);
		}

		@Override
		public void doProcessTemplateEnd(ITemplateContext context, ITemplateEnd templateEnd,
				ITemplateBoundariesStructureHandler structureHandler) {
		}

	}

}
