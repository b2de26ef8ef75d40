package vn.thidua.proposal;

import java.util.List;

import vn.thidua.proposal.InvalidQuota.Problem;
import vn.thidua.shared.BusinessRuleViolation;

/**
 * A certificate layout refused for every problem of its input at once, each naming its
 * form field ({@code x_NAME}, {@code paper}, …).
 */
public class InvalidLayout extends BusinessRuleViolation {

	private final List<Problem> problems;

	InvalidLayout(List<Problem> problems) {
		super("certificateLayout.invalid");
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
