package vn.thidua.unit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit as an export of its subtree lists it: with its parent's code, as the unit import
 * reads it back.
 */
public record UnitLine(String path, String code, String name, UnitKind kind, @Nullable String parentCode,
		LocalDate validFrom, @Nullable LocalDate validTo, boolean active) {

}
