package vn.thidua.integration.v1;

/**
 * A request value that binding accepted but the API cannot use, such as a forged cursor.
 */
class InvalidField extends RuntimeException {

	private final String field;

	private final String messageKey;

	InvalidField(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

}
