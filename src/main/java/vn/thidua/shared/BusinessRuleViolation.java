package vn.thidua.shared;

import java.util.ArrayList;
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

	private final boolean led;

	public BusinessRuleViolation(String messageKey, Object... args) {
		super(messageKey + Arrays.toString(args));
		this.messageKey = messageKey;
		this.args = args;
		this.all = List.of(this);
		this.led = false;
	}

	private BusinessRuleViolation(List<BusinessRuleViolation> all, boolean led) {
		super(all.toString());
		this.messageKey = all.getFirst().messageKey;
		this.args = all.getFirst().args;
		this.all = List.copyOf(all);
		this.led = led;
	}

	/**
	 * One refusal told as a sentence and the items it is about (what is left, say),
	 * rather than as problems of equal rank.
	 */
	public static BusinessRuleViolation withDetails(BusinessRuleViolation lead, List<BusinessRuleViolation> details) {
		List<BusinessRuleViolation> all = new ArrayList<>();
		all.add(lead);
		all.addAll(details);
		return new BusinessRuleViolation(all, !details.isEmpty());
	}

	/**
	 * Throws the problems found, if any, together; the first gives the message key.
	 */
	public static void throwIfAny(List<BusinessRuleViolation> found) {
		if (found.size() == 1) {
			throw found.getFirst();
		}
		if (!found.isEmpty()) {
			throw new BusinessRuleViolation(found, false);
		}
	}

	/**
	 * Each problem this refusal stands for: itself alone, or the several found at once.
	 */
	public List<BusinessRuleViolation> all() {
		return all;
	}

	/**
	 * Whether the first problem is the sentence the others detail.
	 */
	public boolean isLed() {
		return led;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

}
