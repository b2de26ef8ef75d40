package vn.thidua.shared.web;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * Form records are built by constructor binding, which builds nothing when a value cannot
 * be converted (an unknown choice, letters in an id). The UI never sends such values, so
 * the request was tampered with: it is refused as a bad request before anything runs. A
 * form that a business rule refuses shows every problem of the refusal ({@link #reject}).
 */
public final class Forms {

	private Forms() {
	}

	public static void requireBound(BindingResult result) {
		if (result.getTarget() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values cannot be converted");
		}
	}

	/**
	 * Shows every problem of a refusal on the form: beside the field that {@code fieldOf}
	 * names for its message key, or above the form when it names none.
	 */
	public static void reject(BindingResult result, BusinessRuleViolation violation,
			Function<String, @Nullable String> fieldOf) {
		for (BusinessRuleViolation problem : violation.all()) {
			String field = fieldOf.apply(problem.messageKey());
			if (field == null) {
				result.reject(problem.messageKey(), problem.args(), null);
			}
			else {
				result.rejectValue(field, problem.messageKey(), problem.args(), null);
			}
		}
	}

	/**
	 * Shows every problem of a refusal above the form.
	 */
	public static void reject(BindingResult result, BusinessRuleViolation violation) {
		reject(result, violation, key -> null);
	}

}
