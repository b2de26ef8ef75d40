package vn.thidua.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.web.ValidDate;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

record UnitForm(@Nullable Long parentId,
		@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.code.pattern}") String code,
		@NotBlank @Size(max = 255) String name, @NotNull UnitKind kind, @NotBlank @ValidDate String validFrom,
		@Nullable Long version) {

	static UnitForm empty(long parentId, LocalDate today) {
		return new UnitForm(parentId, "", "", UnitKind.COMMUNE, VietnameseDateFormatter.format(today), null);
	}

	static UnitForm from(UnitRow unit) {
		return new UnitForm(unit.parentId(), unit.code(), unit.name(), unit.kind(),
				VietnameseDateFormatter.format(unit.validFrom()), unit.version());
	}

	UnitDetails toDetails() {
		return new UnitDetails(code.strip(), name.strip(), kind, VietnameseDateFormatter.parse(validFrom));
	}

}
