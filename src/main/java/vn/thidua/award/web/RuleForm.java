package vn.thidua.award.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.CheckKind;
import vn.thidua.award.EligibilityRule;
import vn.thidua.award.RuleDraft;
import vn.thidua.award.Severity;
import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * A new rule, or one that overrides a rule of a scope above (then {@code version} is the
 * overridden rule's). The check kind is chosen before the form is shown, and its
 * parameters are typed one field each.
 */
record RuleForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]*", message = "{rule.code.pattern}") String code,
		@Nullable String awardType, @Nullable CheckKind checkKind, Map<String, @Nullable String> parameters,
		@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 300) String legalSource,
		@NotBlank @ValidDate String effectiveFrom, @Nullable @ValidDate String effectiveTo, @NotNull Severity severity,
		@Nullable Long version) {

	/**
	 * A kind without parameters sends none, and binding leaves the map out.
	 */
	RuleForm {
		parameters = parameters == null ? new HashMap<>() : parameters;
	}

	static RuleForm empty(CheckKind kind, LocalDate today) {
		return new RuleForm("", null, kind, new HashMap<>(), "", "", VietnameseDateFormatter.format(today), null,
				Severity.BLOCKING, null);
	}

	/**
	 * The overridden rule's terms as a start, under a code of the overriding unit's own.
	 */
	static RuleForm overriding(EligibilityRule rule, String unitCode, LocalDate today) {
		String suffix = "_" + unitCode.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
		String code = rule.getCode().substring(0, Math.min(rule.getCode().length(), 40 - suffix.length())) + suffix;
		return new RuleForm(code, rule.getAwardTypeCode(), rule.getCheckKind(), rule.parameterTexts(),
				rule.getDescription(), rule.getLegalSource(), VietnameseDateFormatter.format(today), null,
				rule.getSeverity(), rule.getVersion());
	}

	/**
	 * The rule as typed; call once the form is valid and its kind known.
	 */
	RuleDraft toDraft(CheckKind kind) {
		return new RuleDraft(code, awardType, kind, parameters, legalSource, description,
				VietnameseDateFormatter.parse(effectiveFrom),
				effectiveTo == null ? null : VietnameseDateFormatter.parse(effectiveTo), severity);
	}

}
