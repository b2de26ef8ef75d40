package vn.thidua.proposal.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;

/**
 * How the proposal pages answer a small action form: refuse tampered values, show the
 * first invalid field or the broken rule as a message, and go back to the proposal.
 */
final class Actions {

	private Actions() {
	}

	/**
	 * True when the form is valid; otherwise the first error is flashed.
	 */
	static boolean valid(BindingResult result, RedirectAttributes redirect) {
		Forms.requireBound(result);
		FieldError error = result.getFieldError();
		if (error == null) {
			return true;
		}
		Flash.error(redirect, "proposal.fieldInvalid",
				new DefaultMessageSourceResolvable("proposal.field." + error.getField()), error);
		return false;
	}

	static void run(RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, successKey);
		}
		catch (BusinessRuleViolation violation) {
			Flash.error(redirect, violation.messageKey(), violation.args());
		}
	}

}
