package vn.thidua.award;

import java.util.List;

/**
 * Every rule's verdict on one nominee.
 */
public record Eligibility(Nominee nominee, List<RuleResult> results) {

	public boolean isBlocked() {
		return results.stream().anyMatch(RuleResult::blocks);
	}

	public boolean hasWarnings() {
		return results.stream().anyMatch(RuleResult::warns);
	}

}
