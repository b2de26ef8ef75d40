package vn.thidua.unit.reorganisation;

import java.time.LocalDate;

/**
 * The resolution or decision behind a reorganisation: its title, number, date and issuer,
 * and the date from which it takes effect.
 */
public record ReorganisationDetails(String title, String documentNumber, LocalDate documentDate, String issuer,
		LocalDate effectiveOn) {
}
