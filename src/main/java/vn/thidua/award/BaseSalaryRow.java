package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A base salary as pages show it: whether its source was checked in the decree's text.
 */
public record BaseSalaryRow(LocalDate effectiveFrom, BigDecimal amount, String legalSource, boolean verified) {

	static final String COLUMNS = "effective_from, amount, legal_source, verification is null as verified";

}
