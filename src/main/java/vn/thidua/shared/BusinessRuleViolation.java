package vn.thidua.shared;

import java.util.Arrays;

/**
 * An expected refusal of a business rule, carrying a message key so the web layer can
 * show it in the user's language.
 */
public class BusinessRuleViolation extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public BusinessRuleViolation(String messageKey, Object... args) {
		super(messageKey + Arrays.toString(args));
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

}
