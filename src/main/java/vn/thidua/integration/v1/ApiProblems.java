package vn.thidua.integration.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

import vn.thidua.integration.ApiLocale;
import vn.thidua.integration.ApiProblemWriter;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;

/**
 * Every failure of an API call as an RFC 9457 problem detail in the caller's language:
 * field errors listed as {@code errors: [{field, message}]}, a business rule's refusal as
 * 422 with its message key as {@code code}, nothing about the server's insides.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiProblems.class);

	/**
	 * Refusals of the document store that HTTP names better than 422.
	 */
	private static final Map<String, HttpStatus> RULE_STATUSES = Map.of("attachment.tooLarge",
			HttpStatus.CONTENT_TOO_LARGE, "attachment.typeNotAllowed", HttpStatus.UNSUPPORTED_MEDIA_TYPE);

	private final ApiProblemWriter problems;

	private final MessageSource messages;

	ApiProblems(ApiProblemWriter problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(HttpServletRequest request) {
		return problems.problem(request, HttpStatus.NOT_FOUND, "api.notFound");
	}

	@ExceptionHandler({ StaleEditException.class, ObjectOptimisticLockingFailureException.class })
	ProblemDetail stale(HttpServletRequest request) {
		return problems.problem(request, HttpStatus.CONFLICT, "api.stale");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(HttpServletRequest request) {
		return problems.problem(request, HttpStatus.CONFLICT, "api.conflict");
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ProblemDetail ruleViolated(BusinessRuleViolation violation, HttpServletRequest request) {
		HttpStatus status = RULE_STATUSES.getOrDefault(violation.messageKey(), HttpStatus.UNPROCESSABLE_CONTENT);
		ProblemDetail problem = problems.problem(request, status, violation.messageKey(), violation.args());
		problem.setProperty("code", violation.messageKey());
		return problem;
	}

	@ExceptionHandler(InvalidField.class)
	ProblemDetail invalidField(InvalidField invalid, HttpServletRequest request) {
		return withErrors(request, List.of(error(invalid.field(), invalid.messageKey(), request)));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(HttpServletRequest request) {
		return problems.problem(request, HttpStatus.FORBIDDEN, "api.forbidden");
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail notMultipart(HttpServletRequest request) {
		return problems.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.multipartExpected");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail failed(Exception ex, HttpServletRequest request) {
		log.error("API request failed: " + request.getRequestURI(), ex);
		return problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.failed");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(request, errors(ex.getBindingResult(), servlet(request)));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servlet = servlet(request);
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors
					.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message",
							text(error, servlet)))));
		return badRequest(request, errors);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() == null ? "" : ex.getPropertyName();
		return badRequest(request, List.of(error(field, "api.field.wrongType", servlet(request))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(request, List.of(error(ex.getParameterName(), "NotNull", servlet(request))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(request, List.of(error(ex.getRequestPartName(), "NotNull", servlet(request))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servlet = servlet(request);
		if (ex.getCause() instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath()
				.stream()
				.map(reference -> reference.getPropertyName() == null ? "[" + reference.getIndex() + "]"
						: reference.getPropertyName())
				.reduce((left, right) -> right.startsWith("[") ? left + right : left + "." + right)
				.orElse("");
			String key = mismatch instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
					? "text.unstorable" : "api.field.wrongType";
			return badRequest(request, List.of(error(field, key, servlet)));
		}
		String key = ex.getCause() instanceof JacksonException ? "api.malformed" : "api.bodyRequired";
		return ResponseEntity.badRequest().body(problems.problem(servlet, HttpStatus.BAD_REQUEST, key));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(problems.problem(servlet(request), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.mediaType"));
	}

	/**
	 * Every other refusal Spring MVC makes (405, 406, 413, …) with its status and a text
	 * in the caller's language.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		ProblemDetail problem = problems.problem(servlet(request), status, "api.problem." + status.value() + ".detail");
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

	private ResponseEntity<Object> badRequest(WebRequest request, List<Map<String, String>> errors) {
		return ResponseEntity.badRequest().body(withErrors(servlet(request), errors));
	}

	private ProblemDetail withErrors(HttpServletRequest request, List<Map<String, String>> errors) {
		ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "api.invalid");
		problem.setProperty("errors", errors);
		return problem;
	}

	private List<Map<String, String>> errors(BindingResult result, HttpServletRequest request) {
		return result.getAllErrors()
			.stream()
			.map(error -> Map.of("field", error instanceof FieldError field ? field.getField() : "", "message",
					text(error, request)))
			.toList();
	}

	private Map<String, String> error(String field, String messageKey, HttpServletRequest request) {
		return Map.of("field", field, "message", messages.getMessage(messageKey, null, ApiLocale.of(request)));
	}

	private String text(MessageSourceResolvable error, HttpServletRequest request) {
		return messages.getMessage(error, ApiLocale.of(request));
	}

	private static HttpServletRequest servlet(WebRequest request) {
		return ((ServletWebRequest) request).getRequest();
	}

}
