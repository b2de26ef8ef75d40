package vn.thidua.movement;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.movement.Direction.HIGHER_IS_BETTER;
import static vn.thidua.movement.Direction.LOWER_IS_BETTER;

class AttainmentTests {

	@Test
	void higherIsBetterIsTheActualShareOfThePlan() {
		assertThat(Attainment.of(HIGHER_IS_BETTER, number("72580"), number("31434.47"))).isEqualTo(number("43.31"));
	}

	@Test
	void lowerIsBetterIsThePlanShareOfTheActual() {
		assertThat(Attainment.of(LOWER_IS_BETTER, number("1.5"), number("1.32"))).isEqualTo(number("113.64"));
	}

	@Test
	void lowerIsBetterIsCappedAtTwoHundredPercent() {
		assertThat(Attainment.of(LOWER_IS_BETTER, number("1.5"), BigDecimal.ZERO)).isEqualTo(number("200.00"));
		assertThat(Attainment.of(LOWER_IS_BETTER, number("3"), number("1"))).isEqualTo(number("200.00"));
	}

	@Test
	void lowerIsBetterWithBothPlanAndActualZeroIsFullyAttained() {
		assertThat(Attainment.of(LOWER_IS_BETTER, BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(number("100.00"));
	}

	@Test
	void higherIsBetterAgainstAZeroPlanIsFullyAttained() {
		assertThat(Attainment.of(HIGHER_IS_BETTER, BigDecimal.ZERO, number("5"))).isEqualTo(number("100.00"));
		assertThat(Attainment.of(HIGHER_IS_BETTER, BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(number("100.00"));
	}

	@Test
	void aQualitativeTargetIsAllOrNothing() {
		assertThat(Attainment.ofQualitative(true)).isEqualTo(number("100.00"));
		assertThat(Attainment.ofQualitative(false)).isEqualTo(number("0.00"));
	}

	@Test
	void roundsHalfUpToTwoDecimals() {
		assertThat(Attainment.of(HIGHER_IS_BETTER, number("100"), number("1.225"))).isEqualTo(number("1.23"));
		assertThat(Attainment.of(HIGHER_IS_BETTER, number("100"), number("1.2249"))).isEqualTo(number("1.22"));
		assertThat(Attainment.of(HIGHER_IS_BETTER, number("3"), number("2"))).isEqualTo(number("66.67"));
		assertThat(Attainment.of(LOWER_IS_BETTER, number("1"), number("3"))).isEqualTo(number("33.33"));
	}

	@Test
	void aTargetContributesAtMostFullAttainmentToAUnitsScore() {
		assertThat(Attainment.contribution(number("113.64"))).isEqualTo(number("100.00"));
		assertThat(Attainment.contribution(number("43.31"))).isEqualTo(number("43.31"));
		assertThat(Attainment.contribution(null)).isEqualByComparingTo(BigDecimal.ZERO);
	}

	private static BigDecimal number(String value) {
		return new BigDecimal(value);
	}

}
