package vn.thidua.award;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The cash of every award type decided on one date by one kind of unit, read once for a
 * whole decision: multiplier × base salary (one and a half times for a household),
 * rounded as the decree says.
 *
 * @param multipliers the multiplier in force for each award type that carries cash
 */
public record CashPricing(BigDecimal baseSalary, Optional<CashRounding> rounding, Map<String, BigDecimal> multipliers) {

	/** The cash of an award of this type; null when it carries none. */
	public @Nullable BigDecimal cash(AwardType type) {
		BigDecimal multiplier = multipliers.get(type.code());
		if (multiplier == null) {
			return null;
		}
		BigDecimal amount = type.cash(multiplier, baseSalary);
		return rounding.map(rule -> rule.apply(amount)).orElse(amount);
	}

}
