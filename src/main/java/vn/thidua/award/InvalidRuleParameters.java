package vn.thidua.award;

import java.util.List;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * Parameters of a rule that cannot be stored, each problem naming its parameter so that
 * the form shows it next to the field.
 */
public class InvalidRuleParameters extends BusinessRuleViolation {

	private final List<Problem> problems;

	InvalidRuleParameters(List<Problem> problems) {
		super("rule.parameters.invalid");
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	public record Problem(String parameter, String messageKey, Object... args) {

	}

}
