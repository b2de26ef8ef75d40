/**
 * The integration API: versioned JSON over the other modules' services for the systems of
 * other bodies, with the API keys that admit them, their rate limits and the OpenAPI
 * documentation.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "attachment", "audit", "award", "cluster", "movement", "proposal", "shared",
		"shared::security", "shared::web", "unit" })
package vn.thidua.integration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
