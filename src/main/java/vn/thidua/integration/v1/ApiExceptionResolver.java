package vn.thidua.integration.v1;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import vn.thidua.integration.ApiProblemWriter;

/**
 * Failures under {@code /api/} that happen before a controller is chosen — an upload over
 * the server's multipart limit, a method no path accepts — answered as problem details
 * like the rest, instead of by the pages' error handling.
 */
@Component
class ApiExceptionResolver implements HandlerExceptionResolver, Ordered {

	private final ApiProblems problems;

	private final ApiProblemWriter writer;

	ApiExceptionResolver(ApiProblems problems, ApiProblemWriter writer) {
		this.problems = problems;
		this.writer = writer;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (handler instanceof HandlerMethod || !request.getRequestURI().startsWith("/api/")) {
			return null;
		}
		try {
			ResponseEntity<Object> answer = problems.handleException(ex, new ServletWebRequest(request, response));
			if (answer == null || !(answer.getBody() instanceof ProblemDetail problem)) {
				return null;
			}
			answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			writer.write(response, problem);
			return new ModelAndView();
		}
		catch (Exception unknown) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
