package vn.thidua.cluster;

import java.math.BigDecimal;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * The totals from which a member is classified excellent, good or fair; below the last it
 * has not completed.
 */
public record Thresholds(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal fairFrom) {

	public Thresholds {
		if (excellentFrom.compareTo(goodFrom) < 0 || goodFrom.compareTo(fairFrom) < 0 || fairFrom.signum() < 0) {
			throw new BusinessRuleViolation("pact.thresholds.order");
		}
		if (excellentFrom.compareTo(BigDecimal.valueOf(1000)) > 0) {
			throw new BusinessRuleViolation("pact.thresholds.range");
		}
	}

	public static Thresholds standard() {
		return new Thresholds(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(65));
	}

	public Classification classify(BigDecimal total) {
		if (total.compareTo(excellentFrom) >= 0) {
			return Classification.EXCELLENT;
		}
		if (total.compareTo(goodFrom) >= 0) {
			return Classification.GOOD;
		}
		return total.compareTo(fairFrom) >= 0 ? Classification.FAIR : Classification.NOT_COMPLETED;
	}

}
