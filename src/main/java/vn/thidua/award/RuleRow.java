package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A rule as the rules page shows it: its scope (null for national), period and status on
 * the day, the rule it overrides and the rules that override it, and whether the reader
 * may end or override it; for administrators only, what of its source could not be
 * checked against the law's text.
 */
public record RuleRow(long id, String code, @Nullable String awardType, CheckKind checkKind,
		Map<String, Object> parameters, String legalSource, String description, @Nullable String scopeName,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, Severity severity, @Nullable Long overridesRuleId,
		@Nullable String overridesCode, List<String> overriddenBy, long version, RuleStatus status, boolean endable,
		boolean overridable, @Nullable String verification) {

	/**
	 * The parameters with their labels, in the order the kind describes them; parameters
	 * of a kind not described keep their names.
	 */
	public List<ParameterValue> parameterValues() {
		List<ParameterSpec> specs = RuleParameters.of(checkKind);
		List<ParameterValue> described = specs.stream()
			.filter(spec -> parameters.containsKey(spec.name()))
			.map(spec -> new ParameterValue(spec.name(), spec.labelKey(), spec.type().messagePrefix(),
					values(parameters.get(spec.name())).stream().map(spec::text).toList()))
			.toList();
		List<ParameterValue> others = parameters.entrySet()
			.stream()
			.filter(entry -> specs.stream().noneMatch(spec -> spec.name().equals(entry.getKey())))
			.map(entry -> new ParameterValue(entry.getKey(), null, null, values(entry.getValue())))
			.toList();
		return Stream.concat(described.stream(), others.stream()).toList();
	}

	private static List<String> values(Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
				: List.of(String.valueOf(value));
	}

	/**
	 * One parameter for display: a label key (null when the kind is not described), the
	 * prefix of the keys naming its values (null for numbers and undescribed values).
	 */
	public record ParameterValue(String name, @Nullable String labelKey, @Nullable String messagePrefix,
			List<String> values) {

	}

}
