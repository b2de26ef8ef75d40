package vn.thidua.shared.text;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTests {

	@ParameterizedTest
	@CsvSource({ "Nguyễn Thị Thủy, Nguyễn Thị Thuỷ", "Lê Văn Hòa, Lê Văn Hoà", "Trần Khỏe, Trần Khoẻ",
			"Phạm Thúy, Phạm Thuý", "Hồ Thị Thùy, Hồ Thị Thuỳ", "Đỗ Hoạ, Đỗ Họa", "Võ Xòe, Võ Xoè",
			"Mai Khóa, Mai Khoá", "Bùi Thị Quỳ, Bùi Thị Qùy", "Lý Hoãn, Lý Hõan" })
	void oldAndNewTonePlacementShareAKey(String oldOrNew, String other) {
		assertThat(NameKey.of(oldOrNew)).isEqualTo(NameKey.of(other));
	}

	@Test
	void theKeyIsTheNewPlacementInLowerCase() {
		assertThat(NameKey.of("NGUYỄN THỊ THỦY")).isEqualTo("nguyễn thị thuỷ");
		assertThat(NameKey.of("Lê Văn Hòa")).isEqualTo("lê văn hoà");
	}

	@Test
	void decomposedInputAndExtraSpacesGiveTheComposedKey() {
		String decomposed = Normalizer.normalize("  Nguyễn   Thị Thủy ", Normalizer.Form.NFD);
		assertThat(NameKey.of(decomposed)).isEqualTo("nguyễn thị thuỷ");
		assertThat(Normalizer.isNormalized(NameKey.of(decomposed), Normalizer.Form.NFC)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "Thuỷ, Thùy", "Thuỷ, Thuy", "Hoà, Hoá", "Của, Quả", "Hòn, Hon", "Của, Cuả", "Hồa, Hoà", "Thủy, Thửy" })
	void otherMarksStillTellNamesApart(String one, String other) {
		assertThat(NameKey.of(one)).isNotEqualTo(NameKey.of(other));
	}

	@Test
	void cleanComposesAndTrims() {
		assertThat(NameKey.clean(Normalizer.normalize(" Lê   Hòa ", Normalizer.Form.NFD))).isEqualTo("Lê Hòa");
	}

}
