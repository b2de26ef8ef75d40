package vn.thidua.unit;

import org.jspecify.annotations.Nullable;

/**
 * A unit as the unit picker offers it: its name, the name of the unit above it (two
 * communes may share a name), its code (what forms submit) and how many active units lie
 * directly below it (whether it can be opened).
 */
public record UnitChoice(long id, String code, String name, UnitKind kind, @Nullable String parentName,
		int childCount) {

}
