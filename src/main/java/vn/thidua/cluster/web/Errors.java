package vn.thidua.cluster.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * Shows a refused rule next to the field it concerns, or above the form.
 */
final class Errors {

	private Errors() {
	}

	static void reject(BindingResult result, @Nullable String field, BusinessRuleViolation violation) {
		if (field == null) {
			result.reject(violation.messageKey(), violation.args(), null);
		}
		else {
			result.rejectValue(field, violation.messageKey(), violation.args(), null);
		}
	}

}
