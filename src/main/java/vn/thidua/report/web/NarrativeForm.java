package vn.thidua.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The narrative as the officer edited it, to export: its unit, title and text.
 */
record NarrativeForm(@NotNull Long unit, @NotBlank @Size(max = 300) String title,
		@NotBlank @Size(max = 20000) String text) {

	static NarrativeForm of(long unit, @Nullable String title, @Nullable String text) {
		return new NarrativeForm(unit, title == null ? "" : title, text == null ? "" : text);
	}

}
