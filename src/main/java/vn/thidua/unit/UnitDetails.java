package vn.thidua.unit;

import java.time.LocalDate;

/**
 * What describes a unit: its code, name, kind and the date from which it exists.
 */
public record UnitDetails(String code, String name, UnitKind kind, LocalDate validFrom) {
}
