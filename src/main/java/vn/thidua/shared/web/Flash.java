package vn.thidua.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * Flash messages by key, shown once by the layout after a redirect. An action that a
 * business rule may refuse runs through {@link #attempt}: its success message on success,
 * every problem of the refusal otherwise, so no controller catches the refusal itself.
 */
public final class Flash {

	private Flash() {
	}

	/**
	 * Runs the action; flashes the success message, or each problem of its refusal.
	 * @return whether the action succeeded
	 */
	public static boolean attempt(RedirectAttributes attributes, String successKey, Runnable action) {
		return attempt(attributes, () -> {
			action.run();
			return message(successKey);
		});
	}

	/**
	 * Runs an action that says nothing when it succeeds (the page it leads to shows the
	 * outcome); flashes each problem of its refusal.
	 * @return whether the action succeeded
	 */
	public static boolean orError(RedirectAttributes attributes, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (BusinessRuleViolation violation) {
			error(attributes, violation);
			return false;
		}
	}

	/**
	 * Runs the action, which answers the success message (often naming what it changed);
	 * flashes it, or each problem of the refusal.
	 * @return whether the action succeeded
	 */
	public static boolean attempt(RedirectAttributes attributes, Supplier<Message> action) {
		Message done;
		try {
			done = action.get();
		}
		catch (BusinessRuleViolation violation) {
			error(attributes, violation);
			return false;
		}
		success(attributes, done.key(), done.args());
		return true;
	}

	/**
	 * For a small action form that redirects back: refuses tampered values, and is true
	 * when the form is valid; otherwise flashes {@code <prefix>.fieldInvalid} naming the
	 * first invalid field by {@code <prefix>.field.<name>}.
	 */
	public static boolean valid(BindingResult result, RedirectAttributes attributes, String prefix) {
		Forms.requireBound(result);
		FieldError error = result.getFieldError();
		if (error == null) {
			return true;
		}
		error(attributes, prefix + ".fieldInvalid",
				new DefaultMessageSourceResolvable(prefix + ".field." + error.getField()), error);
		return false;
	}

	public static Message message(String key, Object... args) {
		return new Message(key, args);
	}

	public static void success(RedirectAttributes attributes, String messageKey, Object... args) {
		attributes.addFlashAttribute("flashKey", messageKey);
		attributes.addFlashAttribute("flashArgs", args);
	}

	public static void error(RedirectAttributes attributes, String messageKey, Object... args) {
		errors(attributes, List.of(message(messageKey, args)));
	}

	/**
	 * Flashes every problem of the refusal; the layout lists them when there are several,
	 * under the first when it leads the others.
	 */
	public static void error(RedirectAttributes attributes, BusinessRuleViolation violation) {
		errors(attributes,
				violation.all().stream().map(problem -> message(problem.messageKey(), problem.args())).toList());
		attributes.addFlashAttribute("flashErrorsLed", violation.isLed());
	}

	private static void errors(RedirectAttributes attributes, List<Message> problems) {
		attributes.addFlashAttribute("flashErrorKey", problems.getFirst().key());
		attributes.addFlashAttribute("flashArgs", problems.getFirst().args());
		attributes.addFlashAttribute("flashErrors", List.copyOf(problems));
	}

	/**
	 * A message key with its arguments; kept in the session until the next page shows it.
	 */
	public record Message(String key, Object[] args) implements Serializable {

	}

}
