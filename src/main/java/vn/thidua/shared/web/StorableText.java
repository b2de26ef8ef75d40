package vn.thidua.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Text the database cannot store (a NUL) or that would read other than it is (an
 * invisible direction override) never reaches a service: a form's field gets a message,
 * like any other invalid value; a request without a form (a search box, a link) is a bad
 * request, whose error page (the same parameters, dispatched again) is let through.
 */
final class StorableText implements Validator, HandlerInterceptor {

	private static final Pattern UNSTORABLE = Pattern.compile("[\\x{0000}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]");

	static boolean isStorable(@Nullable String text) {
		return text == null || !UNSTORABLE.matcher(text).find();
	}

	@Override
	public boolean supports(Class<?> type) {
		return type.isRecord();
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (!target.getClass().isRecord()) {
			return;
		}
		for (RecordComponent component : target.getClass().getRecordComponents()) {
			if (component.getType() == String.class && !isStorable((String) value(component, target))) {
				errors.rejectValue(component.getName(), "text.unstorable");
			}
		}
	}

	private static @Nullable Object value(RecordComponent component, Object target) {
		ReflectionUtils.makeAccessible(component.getAccessor());
		return ReflectionUtils.invokeMethod(component.getAccessor(), target);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && request.getDispatcherType() != DispatcherType.ERROR
				&& !validatesAForm(method)
				&& request.getParameterMap()
					.values()
					.stream()
					.flatMap(Arrays::stream)
					.anyMatch(value -> !isStorable(value))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unstorable text in the request");
		}
		return true;
	}

	private static boolean validatesAForm(HandlerMethod method) {
		return Arrays.stream(method.getMethodParameters())
			.anyMatch(parameter -> parameter.hasParameterAnnotation(Valid.class));
	}

}
