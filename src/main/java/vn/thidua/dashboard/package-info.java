/**
 * The home page: each user's work due, overdue, waiting or returned, gathered from every
 * module; and the reminders about it, in the app and by e-mail.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "proposal", "shared", "shared::due", "shared::security",
		"shared::web", "unit" })
package vn.thidua.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
