package vn.thidua.award;

import java.math.BigDecimal;

/**
 * The cash an award carries, as a multiple of the base salary, and the decree that sets
 * it.
 */
public record CashRate(BigDecimal multiplier, String legalSource) {
}
