package vn.thidua.award;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cash rounded up to the next ten thousand đồng, as the decrees say: never down, and an
 * amount already round stays as it is.
 */
class CashRoundingTests {

	private final CashRounding tenThousand = new CashRounding(new BigDecimal("10000"), "Nghị định", true);

	@Test
	void roundsUpToTheNextTenThousand() {
		assertThat(tenThousand.apply(new BigDecimal("351000"))).isEqualByComparingTo("360000");
		assertThat(tenThousand.apply(new BigDecimal("702000.00"))).isEqualByComparingTo("710000");
		assertThat(tenThousand.apply(new BigDecimal("1053000.000"))).isEqualByComparingTo("1060000");
		assertThat(tenThousand.apply(new BigDecimal("350001"))).isEqualByComparingTo("360000");
	}

	@Test
	void leavesARoundAmountAsItIs() {
		assertThat(tenThousand.apply(new BigDecimal("2340000"))).isEqualByComparingTo("2340000");
		assertThat(tenThousand.apply(new BigDecimal("3510000.000"))).isEqualByComparingTo("3510000");
	}

}
