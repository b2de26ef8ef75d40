/**
 * Demo data drawn from the seed articles, and the demo accounts shown on the sign-in
 * page.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "award", "cluster", "movement", "proposal", "shared::database",
		"shared::security", "shared::signing", "unit", "unit :: reorganisation", "unit::reorganisation" })
package vn.thidua.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
