/**
 * Awards: the catalogue of titles and commendations, eligibility rules stored as data,
 * the award registry with the people, ratings, initiatives and discipline records the
 * rules read, and the engine that checks nominations against the law in force.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "cluster", "shared", "shared::export", "shared::importing",
		"shared::security", "shared::sheet", "shared::text", "shared::web", "unit" })
@ModuleTables(owns = "award_count", published = { "award_record", "award_count" })
package vn.thidua.award;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

import vn.thidua.shared.ModuleTables;
