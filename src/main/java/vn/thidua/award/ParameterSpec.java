package vn.thidua.award;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.text.VietnameseNumbers;

/**
 * One parameter of a check kind as an administrator edits it: its name in the rule's
 * parameters, its label, what kind of value it takes and its bounds.
 */
public record ParameterSpec(String name, String label, Type type, boolean required, int min, int max) {

	public String labelKey() {
		return "rule.parameter." + label;
	}

	/**
	 * A stored value as a form shows it: a percentage the Vietnamese way (66,67),
	 * anything else as it is.
	 */
	public String text(Object value) {
		return type == Type.PERCENT ? VietnameseNumbers.format(new BigDecimal(String.valueOf(value)))
				: String.valueOf(value);
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
			case DISCIPLINE_PENALTY -> names(DisciplinePenalty.values());
			case YES_NO -> List.of("false", "true");
			case WHOLE_NUMBER, PERCENT -> List.of();
		};
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	public enum Type {

		RATING("Rating"), INFLUENCE("Influence"), AWARD_TYPE("AwardType"), AWARD_KINDS("AwardKind"),
		DISCIPLINE_PENALTY("DisciplinePenalty"), YES_NO("rule.parameter.yesNo"), WHOLE_NUMBER(null), PERCENT(null);

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
