/**
 * Reports: award statistics with drill-down to the registry, narrative summaries and the
 * half-year and yearly statistical report a unit sends upward, read through the other
 * modules' public queries; nothing depends on it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "award", "cluster", "document", "movement", "proposal", "shared",
		"shared::export", "shared::pdf", "shared::security", "shared::text", "shared::web", "unit" })
package vn.thidua.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
