package vn.thidua.award.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.ValidNumber;

/**
 * A new base salary as an administrator types it: 01/07/2026, 2.530.000, the decree.
 */
record BaseSalaryForm(@NotBlank @ValidDate String effectiveFrom,
		@NotBlank @ValidNumber(positive = true, integer = 10, fraction = 0) String amount,
		@NotBlank @Size(max = 400) String legalSource) {

	static BaseSalaryForm empty() {
		return new BaseSalaryForm("", "", "");
	}

}
