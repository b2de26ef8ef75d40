package vn.thidua.integration;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's problem details in the caller's language, and writes those of refusals
 * made before a controller runs: a missing or bad key, a forbidden write, too many
 * requests, an upload too large to read.
 */
@Component
public class ApiProblemWriter {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ApiProblemWriter(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detailKey, Object... args) {
		var locale = ApiLocale.of(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, args, locale));
		problem.setTitle(messages.getMessage("api.problem." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
			throws IOException {
		write(response, problem(request, status, detailKey));
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

}
