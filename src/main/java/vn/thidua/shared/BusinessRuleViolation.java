package vn.thidua.shared;

import java.util.Arrays;
import java.util.List;

/**
 * An expected refusal of a business rule, carrying a message key so the web layer can
 * show it in the user's language. A check that finds several problems at once throws them
 * together ({@link #throwIfAny}), so that a form can show every one of them.
 */
public class BusinessRuleViolation extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	private final List<BusinessRuleViolation> all;

	public BusinessRuleViolation(String messageKey, Object... args) {
		super(messageKey + Arrays.toString(args));
		this.messageKey = messageKey;
		this.args = args;
		this.all = List.of(this);
	}

	private BusinessRuleViolation(List<BusinessRuleViolation> all) {
		super(all.toString());
		this.messageKey = all.getFirst().messageKey;
		this.args = all.getFirst().args;
		this.all = List.copyOf(all);
	}

	/**
	 * Throws the problems found, if any, together; the first gives the message key.
	 */
	public static void throwIfAny(List<BusinessRuleViolation> found) {
		if (found.size() == 1) {
			throw found.getFirst();
		}
		if (!found.isEmpty()) {
			throw new BusinessRuleViolation(found);
		}
	}

	/**
	 * Each problem this refusal stands for: itself alone, or the several found at once.
	 */
	public List<BusinessRuleViolation> all() {
		return all;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

}
