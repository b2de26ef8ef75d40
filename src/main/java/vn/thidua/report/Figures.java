package vn.thidua.report;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.Subject;

/**
 * A row of figures with the registry list behind each: its label (a message key, or a
 * name as stored), the counts and the drill-down.
 */
public record Figures(String key, @Nullable String labelKey, String label, Counts counts, RegistryLink link) {

	public String collectivesLink() {
		return link.to(Subject.COLLECTIVE);
	}

	public String individualsLink() {
		return link.to(Subject.INDIVIDUAL);
	}

	public String householdsLink() {
		return link.to(Subject.HOUSEHOLD);
	}

	public String totalLink() {
		return link.to(null);
	}

}
