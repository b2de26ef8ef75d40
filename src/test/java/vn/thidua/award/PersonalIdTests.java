package vn.thidua.award;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalIdTests {

	private static final LocalDate BORN_1985 = LocalDate.of(1985, 3, 2);

	@Test
	void aWellFormedNumberAgreeingWithBirthYearAndSexPasses() {
		assertThat(PersonalId.problems("084185000123", BORN_1985, "FEMALE")).isEmpty();
		assertThat(PersonalId.problems("001085000123", BORN_1985, "MALE")).isEmpty();
		assertThat(PersonalId.problems("096303000001", LocalDate.of(2003, 1, 1), "FEMALE")).isEmpty();
		assertThat(PersonalId.problems("079203000001", null, null)).isEmpty();
	}

	@Test
	void onlyTwelveDigitsAreANumber() {
		assertThat(PersonalId.problems("08418500012", null, null)).containsExactly("person.personalId.format");
		assertThat(PersonalId.problems("0841850001234", null, null)).containsExactly("person.personalId.format");
		assertThat(PersonalId.problems("08418500012a", null, null)).containsExactly("person.personalId.format");
		assertThat(PersonalId.problems("０８４１８５０００１２３", null, null)).containsExactly("person.personalId.format");
	}

	@Test
	void theProvinceCodeRunsFrom001To096() {
		assertThat(PersonalId.problems("000185000123", null, null)).containsExactly("person.personalId.province");
		assertThat(PersonalId.problems("097185000123", null, null)).containsExactly("person.personalId.province");
	}

	@Test
	void theCenturyAndSexCodeMustAgreeWithTheBirthDateAndSex() {
		assertThat(PersonalId.problems("084285000123", BORN_1985, null)).containsExactly("person.personalId.century");
		assertThat(PersonalId.problems("084085000123", BORN_1985, "FEMALE")).containsExactly("person.personalId.sex");
		assertThat(PersonalId.problems("084186000123", BORN_1985, "FEMALE")).containsExactly("person.personalId.year");
		assertThat(PersonalId.problems("084299000123", LocalDate.of(1999, 12, 31), "FEMALE"))
			.containsExactly("person.personalId.century", "person.personalId.sex");
	}

	@Test
	void theNumberIsShownByItsLastFourDigits() {
		assertThat(PersonalId.mask("084185001234")).isEqualTo("********1234");
		assertThat(PersonalId.mask(null)).isNull();
	}

}
