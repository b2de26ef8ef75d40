package vn.thidua.award.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.thidua.award.EligibilityRule;
import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The last day a rule applies, with the version of the rule as shown.
 */
record EndForm(@NotBlank @ValidDate String lastDay, @NotNull Long version) {

	static EndForm of(EligibilityRule rule, LocalDate today) {
		return new EndForm(VietnameseDateFormatter.format(today), rule.getVersion());
	}

}
