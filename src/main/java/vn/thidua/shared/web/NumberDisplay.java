package vn.thidua.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.thidua.shared.text.VietnameseNumbers;

/**
 * Formats numbers the Vietnamese way in templates: {@code ${@num.format(value)}}.
 */
@Component("num")
public class NumberDisplay {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public String format(@Nullable BigDecimal value) {
		return VietnameseNumbers.format(value);
	}

	/**
	 * The length of a bar for a percentage, out of {@code full} for 100 % and up.
	 */
	public int bar(@Nullable BigDecimal percent, int full) {
		if (percent == null || percent.signum() <= 0) {
			return 0;
		}
		return percent.min(HUNDRED)
			.multiply(BigDecimal.valueOf(full))
			.divide(HUNDRED, 0, RoundingMode.HALF_UP)
			.intValue();
	}

	/**
	 * A colour class for a percentage: behind, on the way, or reached.
	 */
	public String level(@Nullable BigDecimal percent) {
		if (percent == null || percent.compareTo(BigDecimal.valueOf(50)) < 0) {
			return "level-low";
		}
		return percent.compareTo(HUNDRED) < 0 ? "level-mid" : "level-ok";
	}

	public String percent(@Nullable BigDecimal value) {
		return value == null ? "—" : VietnameseNumbers.format(value) + " %";
	}

}
