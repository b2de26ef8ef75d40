package vn.thidua.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.reorganisation.Reorganisation;
import vn.thidua.unit.reorganisation.ReorganisationDetails;

record ReorganisationForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 60) String documentNumber,
		@NotBlank @ValidDate String documentDate, @NotBlank @Size(max = 300) String issuer,
		@NotBlank @ValidDate String effectiveOn, @Nullable Long version) {

	static ReorganisationForm empty() {
		return new ReorganisationForm("", "", "", "", "", null);
	}

	static ReorganisationForm from(Reorganisation plan) {
		return new ReorganisationForm(plan.getTitle(), plan.getDocumentNumber(),
				VietnameseDateFormatter.format(plan.getDocumentDate()), plan.getIssuer(),
				VietnameseDateFormatter.format(plan.getEffectiveOn()), plan.getVersion());
	}

	ReorganisationDetails toDetails() {
		return new ReorganisationDetails(title.strip(), documentNumber.strip(),
				VietnameseDateFormatter.parse(documentDate), issuer.strip(),
				VietnameseDateFormatter.parse(effectiveOn));
	}

}
