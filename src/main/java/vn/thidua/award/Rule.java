package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An eligibility rule as stored: what it checks and with which parameters, its legal
 * source, where and from when to when it applies, and how hard it fails.
 */
public record Rule(long id, String code, @Nullable String awardType, CheckKind checkKind,
		Map<String, Object> parameters, String legalSource, String description, @Nullable Long scopeUnitId,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, Severity severity, @Nullable Long overridesRuleId) {

	public boolean appliesTo(String awardType) {
		return this.awardType == null || this.awardType.equals(awardType);
	}

	String text(String name) {
		return String.valueOf(parameters.get(name));
	}

	@Nullable String optionalText(String name) {
		Object value = parameters.get(name);
		return value == null ? null : value.toString();
	}

	int number(String name) {
		return ((Number) parameters.getOrDefault(name, 0)).intValue();
	}

	/**
	 * A number parameter read exactly, so that 66.67 stays 66.67.
	 */
	BigDecimal decimal(String name) {
		return new BigDecimal(String.valueOf(parameters.getOrDefault(name, 0)));
	}

	boolean flag(String name) {
		return Boolean.TRUE.equals(parameters.get(name));
	}

}
