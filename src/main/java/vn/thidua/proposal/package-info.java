/**
 * Award proposals: a unit's nominations with their dossier, checked against the rules in
 * force and the quotas, appraised by the reward office, published for comment when the
 * law asks, voted on by the reward board, decided by the chair, issued as a numbered
 * decision and written into the award registry.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "attachment", "audit", "award", "cluster", "document", "movement",
		"shared", "shared::due", "shared::export", "shared::importing", "shared::pdf", "shared::security",
		"shared::sheet", "shared::signing", "shared::text", "shared::web", "unit" })
package vn.thidua.proposal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
