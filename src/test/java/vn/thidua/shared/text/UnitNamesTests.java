package vn.thidua.shared.text;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Xã Mỹ Hòa                      | xã Mỹ Hòa
			Phường Bến Nghé                | phường Bến Nghé
			Tỉnh Vĩnh Long                 | tỉnh Vĩnh Long
			Huyện Cầu Ngang                | huyện Cầu Ngang
			Quận Hải Châu                  | quận Hải Châu
			Thành phố Cần Thơ              | thành phố Cần Thơ
			Thị xã Duyên Hải               | thị xã Duyên Hải
			Thị trấn Cầu Ngang             | thị trấn Cầu Ngang
			Đặc khu Phú Quốc               | đặc khu Phú Quốc
			XÃ Long Hữu                    | xã Long Hữu
			xã Mỹ Hòa                      | xã Mỹ Hòa
			""")
	void theKindOfAnAdministrativeUnitIsWrittenInLowerCaseInASentence(String name, String inSentence) {
		assertThat(UnitNames.inSentence(name)).isEqualTo(inSentence);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sở Nội vụ
			Ban Thi đua - Khen thưởng
			UBND xã Mỹ Hòa
			Ủy ban nhân dân tỉnh Vĩnh Long
			Trường Tiểu học Long Hữu
			Nguyễn Văn An
			Thành phố Hồ Chí Minh
			Phường 3
			Quận 1
			Xã
			Xãhội
			Tỉnh đoàn Vĩnh Long
			Huyện ủy Cầu Ngang
			""")
	void otherNamesKeepTheirCapitals(String name) {
		assertThat(UnitNames.inSentence(name)).isEqualTo(name);
	}

	@Test
	void aNameWrittenWithCombiningMarksIsRecognisedAndNothingIsLost() {
		String decomposed = Normalizer.normalize("Xã Mỹ Hòa", Normalizer.Form.NFD);

		assertThat(UnitNames.inSentence(decomposed)).isEqualTo("xã Mỹ Hòa");
		assertThat(UnitNames.inSentence("")).isEmpty();
	}

	@Test
	void anEnglishSentenceKeepsTheNameAsRegistered() {
		assertThat(UnitNames.inSentence("Xã Mỹ Hòa", Locale.ENGLISH)).isEqualTo("Xã Mỹ Hòa");
		assertThat(UnitNames.inSentence("Xã Mỹ Hòa", Locale.forLanguageTag("vi-VN"))).isEqualTo("xã Mỹ Hòa");
	}

}
