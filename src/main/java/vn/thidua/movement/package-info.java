/**
 * Emulation movements: launch, targets, participating units, pledges, progress reports
 * and where every unit stands.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "attachment", "audit", "shared", "shared::due", "shared::export",
		"shared::security", "shared::text", "shared::web", "unit" })
package vn.thidua.movement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
