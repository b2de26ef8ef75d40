package vn.thidua.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the decree in force rounds cash once multiplied out: up to the next multiple of
 * {@code step} (ten thousand đồng).
 */
public record CashRounding(BigDecimal step, String legalSource, boolean verified) {

	static final String COLUMNS = "step, legal_source, verification is null as verified";

	public BigDecimal apply(BigDecimal amount) {
		return amount.divide(step, 0, RoundingMode.CEILING).multiply(step);
	}

}
