package vn.thidua.award.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Binds a {@link Drilldown} only when the request carries one of its parameters. Most
 * registry look-ups carry none, and constructing the ten-component record through the
 * data binder was a tenth of the registry page's time (docs/benchmarks.md).
 */
final class DrilldownArgumentResolver implements HandlerMethodArgumentResolver {

	private static final Set<String> PARAMETERS = Arrays.stream(Drilldown.class.getRecordComponents())
		.map(RecordComponent::getName)
		.collect(Collectors.toUnmodifiableSet());

	private final HandlerMethodArgumentResolver binder = new ServletModelAttributeMethodProcessor(true);

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Drilldown.class;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) throws Exception {
		return carriesOne(request) ? binder.resolveArgument(parameter, container, request, binderFactory)
				: Drilldown.NONE;
	}

	private static boolean carriesOne(NativeWebRequest request) {
		for (Iterator<String> names = request.getParameterNames(); names.hasNext();) {
			String name = names.next();
			int end = name.indexOf('[');
			if (PARAMETERS.contains(end < 0 ? name : name.substring(0, end))) {
				return true;
			}
		}
		return false;
	}

}
