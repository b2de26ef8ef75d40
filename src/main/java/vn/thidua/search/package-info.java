/**
 * The navbar's search: one box across people, units, movements, proposals and decision
 * numbers, each read through its own module's scoped queries.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "award", "movement", "proposal", "shared::security", "shared::text", "unit" })
package vn.thidua.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
