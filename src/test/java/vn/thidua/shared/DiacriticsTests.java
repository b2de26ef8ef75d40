package vn.thidua.shared;

import org.junit.jupiter.api.Test;

import vn.thidua.shared.text.Diacritics;

import static org.assertj.core.api.Assertions.assertThat;

class DiacriticsTests {

	@Test
	void aLikeFragmentMatchesPercentUnderscoreAndBackslashLiterally() {
		assertThat(Diacritics.likeFragment("100% Đạt_\\x")).isEqualTo("100\\% dat\\_\\\\x");
	}

	@Test
	void foldsVietnameseToPlainLowerCase() {
		assertThat(Diacritics.fold("Thị xã  Duyên Hải")).isEqualTo("thi xa duyen hai");
		assertThat(Diacritics.fold("Đắk Lắk – Đồng Tháp")).isEqualTo("dak lak – dong thap");
		assertThat(Diacritics.fold("Phường Tiên Nội")).isEqualTo("phuong tien noi");
	}

}
