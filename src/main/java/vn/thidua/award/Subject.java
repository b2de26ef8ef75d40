package vn.thidua.award;

import java.util.List;

/**
 * Who an award went to, as statistics count it: a collective (a village counts as one),
 * an individual or a household.
 */
public enum Subject {

	COLLECTIVE(List.of("COLLECTIVE", "VILLAGE")), INDIVIDUAL(List.of("INDIVIDUAL")), HOUSEHOLD(List.of("HOUSEHOLD"));

	private final List<String> subjectTypes;

	Subject(List<String> subjectTypes) {
		this.subjectTypes = subjectTypes;
	}

	List<String> subjectTypes() {
		return subjectTypes;
	}

	public static Subject of(String subjectType) {
		return switch (subjectType) {
			case "INDIVIDUAL" -> INDIVIDUAL;
			case "HOUSEHOLD" -> HOUSEHOLD;
			default -> COLLECTIVE;
		};
	}

}
