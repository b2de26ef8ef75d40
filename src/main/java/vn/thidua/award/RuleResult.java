package vn.thidua.award;

/**
 * The verdict of one rule on one nominee, explained: which rule, its legal source, and a
 * message key with the records that made it pass or fail.
 */
public record RuleResult(String ruleCode, String legalSource, Severity severity, boolean passed, String messageKey,
		Object... args) {

	public boolean blocks() {
		return !passed && severity == Severity.BLOCKING;
	}

	public boolean warns() {
		return !passed && severity == Severity.WARNING;
	}

}
