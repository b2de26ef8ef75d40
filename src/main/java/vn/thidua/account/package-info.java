/**
 * Accounts, sign-in and the security of the web application.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "shared", "shared::export", "shared::security", "shared::text",
		"shared::web", "unit" })
package vn.thidua.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
