/**
 * The navbar's search: one box across people, units, movements, proposals and decision
 * numbers, each read through its own module's scoped queries.
 */
@NullMarked
@ApplicationModule
package vn.thidua.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
