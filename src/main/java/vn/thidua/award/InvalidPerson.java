package vn.thidua.award;

import java.util.List;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * A person who cannot be stored as typed, each problem naming its field so that the form
 * shows every one next to its field at once.
 */
public class InvalidPerson extends BusinessRuleViolation {

	private final List<Problem> problems;

	InvalidPerson(List<Problem> problems) {
		super(problems.getFirst().messageKey(), problems.getFirst().args());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	public record Problem(String field, String messageKey, Object... args) {

	}

}
