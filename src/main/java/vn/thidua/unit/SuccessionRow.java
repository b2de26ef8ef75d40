package vn.thidua.unit;

import java.util.List;

/**
 * A unit ended by a reorganisation and the units that succeeded it, its heir first.
 */
public record SuccessionRow(UnitRow predecessor, List<UnitRow> successors) {
}
