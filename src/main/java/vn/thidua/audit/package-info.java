/**
 * The append-only record of every change to a domain record: who, when, which record,
 * which fields.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "shared", "shared::export", "shared::security", "shared::text", "shared::web", "unit" })
package vn.thidua.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
