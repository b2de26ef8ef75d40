package vn.thidua.award;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One parameter of a check kind as an administrator edits it: its name in the rule's
 * parameters, its label, what kind of value it takes and its bounds.
 */
public record ParameterSpec(String name, String label, Type type, boolean required, int min, int max) {

	public String labelKey() {
		return "rule.parameter." + label;
	}

	/**
	 * The values a choice takes, in the order they are offered; empty for a number.
	 */
	public List<String> choices(List<String> awardTypes) {
		return switch (type) {
			case RATING -> names(Rating.values());
			case INFLUENCE -> names(Influence.values());
			case AWARD_TYPE -> awardTypes;
			case AWARD_KINDS -> names(AwardKind.values());
			case WHOLE_NUMBER -> List.of();
		};
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	public enum Type {

		RATING("Rating"), INFLUENCE("Influence"), AWARD_TYPE("AwardType"), AWARD_KINDS("AwardKind"), WHOLE_NUMBER(null);

		private final @Nullable String messagePrefix;

		Type(@Nullable String messagePrefix) {
			this.messagePrefix = messagePrefix;
		}

		/**
		 * The prefix of the message keys that name this type's values; null for numbers.
		 */
		public @Nullable String messagePrefix() {
			return messagePrefix;
		}

	}

}
