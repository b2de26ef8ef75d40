package vn.thidua.proposal;

import java.util.List;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * A quota refused for every problem of its input at once, each naming its field.
 */
public class InvalidQuota extends BusinessRuleViolation {

	private final List<Problem> problems;

	InvalidQuota(List<Problem> problems) {
		super("quota.invalid");
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * One problem: the form field (null for the form as a whole), its message key and
	 * arguments.
	 */
	public record Problem(@org.jspecify.annotations.Nullable String field, String messageKey, Object... args) {

	}

}
