package vn.thidua.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class RunningTextTests {

	private final RunningText runningText = new RunningText();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aVietnamesePageWritesTheKindOfUnitInLowerCaseAndAnEnglishOneKeepsTheName() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
		assertThat(runningText.unit("Huyện Cầu Ngang")).isEqualTo("huyện Cầu Ngang");
		assertThat(runningText.unit("Sở Nội vụ")).isEqualTo("Sở Nội vụ");
		assertThat(runningText.unit(null)).isNull();

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(runningText.unit("Huyện Cầu Ngang")).isEqualTo("Huyện Cầu Ngang");
	}

}
