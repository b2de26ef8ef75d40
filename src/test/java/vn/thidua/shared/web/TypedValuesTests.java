package vn.thidua.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypedValuesTests {

	private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	record Amount(@ValidNumber(integer = 5, fraction = 2) String points, @ValidDate String on) {
	}

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void aNumberWithMoreDecimalsOrDigitsThanItsColumnKeepsIsRefusedNotRounded() {
		assertThat(templates(new Amount("12.345,67", null))).isEmpty();
		assertThat(templates(new Amount("1,50", null))).isEmpty();
		assertThat(templates(new Amount("1,234", null))).containsExactly("{number.digits}");
		assertThat(templates(new Amount("123.456", null))).containsExactly("{number.digits}");
		assertThat(templates(new Amount("abc", null))).containsExactly("{number.invalid}");
	}

	@Test
	void aDateWithAnAbsurdYearIsRefusedWithItsRange() {
		assertThat(templates(new Amount(null, "04/08/2023"))).isEmpty();
		assertThat(templates(new Amount(null, "01/01/1800"))).containsExactly("{date.outOfRange}");
		assertThat(templates(new Amount(null, "01/01/3000"))).containsExactly("{date.outOfRange}");
		assertThat(templates(new Amount(null, "31/02/2024"))).containsExactly("{date.invalid}");
	}

	private static java.util.List<String> templates(Amount amount) {
		return VALIDATOR.validate(amount).stream().map(ConstraintViolation::getMessageTemplate).toList();
	}

}
