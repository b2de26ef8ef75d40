package vn.thidua.shared;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.shared.text.VietnameseNumbers;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseNumbersTests {

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			31.434,47 | 31434.47
			72.580    | 72580
			1,5       | 1.5
			0         | 0
			31434,47  | 31434.47
			""")
	void readsDotsAsThousandsAndACommaAsTheDecimalMark(String typed, BigDecimal expected) {
		assertThat(VietnameseNumbers.parse(typed)).hasValueSatisfying(value -> assertThat(value).isEqualTo(expected));
	}

	@ParameterizedTest(name = "\"{0}\" is refused")
	@ValueSource(strings = { "1.5", "31,434.47", "12a", "", "1.23.456", "--1" })
	void refusesWhatIsNotANumberWrittenTheVietnameseWay(String typed) {
		assertThat(VietnameseNumbers.parse(typed)).isEmpty();
	}

	@ParameterizedTest(name = "{0} → \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			31434.47 | 31.434,47
			72580    | 72.580
			43.3100  | 43,31
			""")
	void showsNumbersWithThousandDotsAndAtMostTwoDecimals(BigDecimal value, String expected) {
		assertThat(VietnameseNumbers.format(value)).isEqualTo(expected);
	}

}
