package vn.thidua.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.thidua.award.InvalidRuleParameters.Problem;
import vn.thidua.award.ParameterSpec.Type;
import vn.thidua.shared.text.VietnameseNumbers;

/**
 * The parameters each check kind reads, as an administrator edits them, and the reading
 * of typed values into a rule's parameters. A kind without an entry here (or one that
 * configures the engine itself) is not offered on the screens; it can still be ended.
 */
public final class RuleParameters {

	private static final Set<CheckKind> FIXED = Set.of(CheckKind.LADDER_EXCLUDES_KINDS);

	private static final Map<CheckKind, List<ParameterSpec>> SPECS = specs();

	private RuleParameters() {
	}

	private static Map<CheckKind, List<ParameterSpec>> specs() {
		Map<CheckKind, List<ParameterSpec>> specs = new EnumMap<>(CheckKind.class);
		specs.put(CheckKind.LADDER_EXCLUDES_KINDS,
				List.of(new ParameterSpec("kinds", "kinds", Type.AWARD_KINDS, true, 0, 0)));
		specs.put(CheckKind.NO_PENDING_DISCIPLINE, List.of());
		specs.put(CheckKind.NOT_ALREADY_AWARDED_IN_YEAR, List.of());
		specs.put(CheckKind.RATING_IN_YEAR, List.of(choice("minRating", "minRating", Type.RATING)));
		specs.put(CheckKind.INITIATIVE_IN_YEARS, List.of(choice("minInfluence", "minInfluence", Type.INFLUENCE),
				number("years", "initiativeYears", 1), number("count", "initiativeCount", 1)));
		specs.put(CheckKind.CONSECUTIVE_AWARDS,
				List.of(choice("awardType", "consecutiveAward", Type.AWARD_TYPE),
						number("count", "consecutiveYears", 1),
						new ParameterSpec("endOffset", "endOffset", Type.WHOLE_NUMBER, true, 0, 1),
						new ParameterSpec("orRating", "orRating", Type.RATING, false, 0, 0),
						new ParameterSpec("orInitiatives", "orInitiatives", Type.WHOLE_NUMBER, false, 1, 30)));
		specs.put(CheckKind.YEARS_SINCE_PREREQUISITE,
				List.of(choice("prerequisite", "prerequisite", Type.AWARD_TYPE), number("years", "yearsSince", 1),
						choice("minRating", "minRating", Type.RATING),
						choice("awardType", "awardInPeriod", Type.AWARD_TYPE), number("awardCount", "awardCount", 0),
						number("excellentCount", "excellentCount", 0)));
		specs.put(CheckKind.LEADS_CLUSTER, List.of());
		specs.put(CheckKind.AWARD_IN_YEAR, List.of(choice("awardType", "awardInYear", Type.AWARD_TYPE)));
		specs.put(CheckKind.MEMBER_SHARE,
				List.of(optional("awardType", "memberAward", Type.AWARD_TYPE),
						optional("minRating", "memberRating", Type.RATING),
						new ParameterSpec("percent", "percent", Type.PERCENT, true, 0, 100),
						choice("strict", "strict", Type.YES_NO)));
		specs.put(CheckKind.MEMBER_COUNT,
				List.of(optional("awardType", "memberAward", Type.AWARD_TYPE),
						optional("minRating", "memberRating", Type.RATING),
						new ParameterSpec("min", "memberMin", Type.WHOLE_NUMBER, true, 1, 1000)));
		specs.put(CheckKind.NO_MEMBER_DISCIPLINED,
				List.of(choice("minPenalty", "minPenalty", Type.DISCIPLINE_PENALTY)));
		return Collections.unmodifiableMap(specs);
	}

	private static ParameterSpec choice(String name, String label, Type type) {
		return new ParameterSpec(name, label, type, true, 0, 0);
	}

	private static ParameterSpec optional(String name, String label, Type type) {
		return new ParameterSpec(name, label, type, false, 0, 0);
	}

	private static ParameterSpec number(String name, String label, int min) {
		return new ParameterSpec(name, label, Type.WHOLE_NUMBER, true, min, 30);
	}

	/**
	 * Whether rules of this kind can be added and overridden on the screens.
	 */
	public static boolean editable(CheckKind kind) {
		return SPECS.containsKey(kind) && !FIXED.contains(kind);
	}

	public static List<CheckKind> editableKinds() {
		return Arrays.stream(CheckKind.values()).filter(RuleParameters::editable).toList();
	}

	/**
	 * The parameters of a kind; empty for a kind that reads none or is not described.
	 */
	public static List<ParameterSpec> of(CheckKind kind) {
		return SPECS.getOrDefault(kind, List.of());
	}

	/**
	 * What is wrong with the typed values of a kind, every problem at once; empty when
	 * they can be stored.
	 */
	public static List<Problem> problems(CheckKind kind, Map<String, @Nullable String> typed, List<String> awardTypes) {
		List<Problem> problems = new ArrayList<>();
		parse(kind, typed, awardTypes, problems);
		return problems;
	}

	/**
	 * The typed values of an editable kind as a rule stores them: numbers as numbers,
	 * choices as their names, blanks left out.
	 */
	static Map<String, Object> read(CheckKind kind, Map<String, @Nullable String> typed, List<String> awardTypes) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Object> values = parse(kind, typed, awardTypes, problems);
		if (!problems.isEmpty()) {
			throw new InvalidRuleParameters(problems);
		}
		return values;
	}

	private static Map<String, Object> parse(CheckKind kind, Map<String, @Nullable String> typed,
			List<String> awardTypes, List<Problem> problems) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (ParameterSpec spec : of(kind)) {
			String text = typed.get(spec.name());
			if (text == null || text.isBlank()) {
				if (spec.required()) {
					problems.add(new Problem(spec.name(), "rule.parameter.required"));
				}
			}
			else if (spec.type() == Type.PERCENT) {
				BigDecimal percent = VietnameseNumbers.parse(text).orElse(null);
				if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(spec.max())) > 0
						|| percent.stripTrailingZeros().scale() > 2) {
					problems.add(new Problem(spec.name(), "rule.parameter.percentRange"));
				}
				else {
					values.put(spec.name(), new BigDecimal(percent.stripTrailingZeros().toPlainString()));
				}
			}
			else if (spec.type() == Type.WHOLE_NUMBER) {
				Integer number = wholeNumber(text.strip());
				if (number == null || number < spec.min() || number > spec.max()) {
					problems.add(new Problem(spec.name(), "rule.parameter.number", spec.min(), spec.max()));
				}
				else {
					values.put(spec.name(), number);
				}
			}
			else if (spec.choices(awardTypes).contains(text.strip())) {
				values.put(spec.name(), spec.type() == Type.YES_NO ? Boolean.valueOf(text.strip()) : text.strip());
			}
			else {
				problems.add(new Problem(spec.name(), "rule.parameter.choice"));
			}
		}
		crossCheck(kind, values, problems);
		return values;
	}

	private static void crossCheck(CheckKind kind, Map<String, Object> values, List<Problem> problems) {
		if ((kind == CheckKind.MEMBER_SHARE || kind == CheckKind.MEMBER_COUNT)
				&& values.containsKey("awardType") == values.containsKey("minRating")) {
			problems.add(new Problem("awardType", "rule.parameter.oneOf", label(kind, "awardType"),
					label(kind, "minRating")));
		}
		if (kind == CheckKind.CONSECUTIVE_AWARDS
				&& values.containsKey("orRating") != values.containsKey("orInitiatives")) {
			String missing = values.containsKey("orRating") ? "orInitiatives" : "orRating";
			problems.add(new Problem(missing, "rule.parameter.together", label(kind, "orRating"),
					label(kind, "orInitiatives")));
		}
		if (kind == CheckKind.YEARS_SINCE_PREREQUISITE && values.get("years") instanceof Integer years) {
			for (String name : List.of("awardCount", "excellentCount")) {
				if (values.get(name) instanceof Integer count && count > years) {
					problems.add(new Problem(name, "rule.parameter.atMostYears", years));
				}
			}
		}
	}

	private static DefaultMessageSourceResolvable label(CheckKind kind, String name) {
		return new DefaultMessageSourceResolvable(
				of(kind).stream().filter(spec -> spec.name().equals(name)).findFirst().orElseThrow().labelKey());
	}

	private static @Nullable Integer wholeNumber(String text) {
		if (!text.matches("\\d{1,4}")) {
			return null;
		}
		return Integer.valueOf(text);
	}

}
