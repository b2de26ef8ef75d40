package vn.thidua.award;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A rule as an administrator writes it: its code, the award it concerns (none for every
 * award), what it checks with the parameters as typed, its legal source, its period and
 * how hard it fails.
 */
public record RuleDraft(String code, @Nullable String awardType, CheckKind checkKind,
		Map<String, @Nullable String> parameters, String legalSource, String description, LocalDate effectiveFrom,
		@Nullable LocalDate effectiveTo, Severity severity) {

}
