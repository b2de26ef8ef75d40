/**
 * Emulation clusters and blocks: yearly membership, leader and deputy, the pact with its
 * criteria table, mid-year and year-end reviews, and the ranking of members.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "attachment", "audit", "movement", "shared", "shared::due", "shared::export",
		"shared::security", "shared::text", "shared::web", "unit" })
package vn.thidua.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
