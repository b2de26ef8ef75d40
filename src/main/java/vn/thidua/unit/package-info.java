/**
 * The organisation tree: provinces, districts, communes, agencies and other bodies, with
 * their history.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "attachment", "shared", "shared::export", "shared::importing",
		"shared::security", "shared::sheet", "shared::text", "shared::web" })
@ModuleTables(published = "unit")
package vn.thidua.unit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

import vn.thidua.shared.ModuleTables;
