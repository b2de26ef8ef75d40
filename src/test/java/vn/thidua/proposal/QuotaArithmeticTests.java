package vn.thidua.proposal;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A quota's arithmetic without Spring or a database: the share, each rounding, the
 * minimum and the maximum, and the words the page and the refusal show.
 */
class QuotaArithmeticTests {

	private static final Locale VI = Locale.of("vi");

	@ParameterizedTest(name = "{0} % × {1} rounded {2} = {3}")
	@CsvSource({ "15, 10, FLOOR, 1", "15, 10, CEILING, 2", "15, 10, HALF_UP, 2", "15, 7, FLOOR, 1", "15, 7, CEILING, 2",
			"15, 7, HALF_UP, 1", "15, 6, HALF_UP, 1", "15, 0, CEILING, 0", "100, 9, FLOOR, 9", "12.5, 4, HALF_UP, 1",
			"12.5, 4, FLOOR, 0", "20, 5, FLOOR, 1" })
	void theShareIsRoundedAsTheQuotaSays(String percent, int basis, QuotaRounding rounding, int limit) {
		assertThat(share(percent, null, 0, rounding).limit(basis)).isEqualTo(limit);
	}

	@Test
	void theMinimumRaisesAndTheMaximumCapsTheShare() {
		QuotaTerms atLeastOne = share("20", null, 1, QuotaRounding.FLOOR);
		assertThat(atLeastOne.rounded(2)).as("20 %% of 2 is 0,4").isZero();
		assertThat(atLeastOne.limit(2)).isEqualTo(1);
		assertThat(atLeastOne.limit(0)).as("the minimum holds with no basis at all").isEqualTo(1);
		assertThat(atLeastOne.limit(10)).isEqualTo(2);

		QuotaTerms capped = share("50", 3, 0, QuotaRounding.FLOOR);
		assertThat(capped.limit(4)).isEqualTo(2);
		assertThat(capped.limit(10)).as("50 %% of 10 is 5, capped at 3").isEqualTo(3);
	}

	@Test
	void aFixedMaximumIgnoresTheBasis() {
		QuotaTerms fixed = new QuotaTerms(null, null, 4, 0, QuotaRounding.FLOOR);
		assertThat(fixed.isShare()).isFalse();
		assertThat(fixed.limit(0)).isEqualTo(4);
		assertThat(fixed.limit(1000)).isEqualTo(4);
	}

	@Test
	void termsOutsideTheLawOfTheTableAreRefused() {
		assertThatThrownBy(() -> share("0", null, 0, QuotaRounding.FLOOR)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> share("100.01", null, 0, QuotaRounding.FLOOR))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> share("15", null, -1, QuotaRounding.FLOOR))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new QuotaTerms(null, null, null, 0, QuotaRounding.FLOOR))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new QuotaTerms("LDTT", null, 3, 0, QuotaRounding.FLOOR))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void usedAndBasisCountTheRegistryAndTheProposalsAndOnlyABlockingQuotaBlocks() {
		QuotaUse blocking = use(QuotaSeverity.BLOCK, 0, 2, 8, 2);
		assertThat(blocking.basis()).isEqualTo(10);
		assertThat(blocking.used()).isEqualTo(2);
		assertThat(blocking.limit()).isEqualTo(1);
		assertThat(blocking.exceeded()).isTrue();
		assertThat(blocking.blocks()).isTrue();
		QuotaUse warning = use(QuotaSeverity.WARN, 0, 2, 8, 2);
		assertThat(warning.blocks()).isFalse();
		assertThat(warning.warns()).isTrue();
		assertThat(use(QuotaSeverity.BLOCK, 0, 1, 8, 2).exceeded()).isFalse();
	}

	@Test
	void theArithmeticIsSpelledOutTheVietnameseWay() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);

		assertThat(messages.getMessage(use(QuotaSeverity.BLOCK, 0, 2, 8, 2).explanation(), VI)).isEqualTo(
				"Chiến sĩ thi đua cơ sở: 2 đề nghị; định mức 15 % × 10 Lao động tiên tiến (8 đã khen + 2 đang đề nghị)"
						+ " = 1,5 → làm tròn xuống 1");
		assertThat(messages.getMessage(use(QuotaSeverity.BLOCK, 1, 2, 8, 2).explanation(), VI))
			.startsWith("Chiến sĩ thi đua cơ sở: 3 (1 đã khen + 2 đang đề nghị); định mức 15 %");

		QuotaUse bounded = new QuotaUse(1, "TTLDXS", share("12.5", 3, 1, QuotaRounding.HALF_UP), QuotaSeverity.BLOCK,
				"QĐ 1", 0, 1, 3, 0);
		assertThat(messages.getMessage(bounded.explanation(), VI)).isEqualTo(
				"Tập thể lao động xuất sắc: 1 đề nghị; định mức 12,5 % × 3 Lao động tiên tiến (3 đã khen + 0 đang đề nghị)"
						+ " = 0,375 → làm tròn 0; tối thiểu 1; không quá 3 → được đề nghị tối đa 1");

		QuotaUse fixed = new QuotaUse(1, "CSTDCS", new QuotaTerms(null, null, 4, 0, QuotaRounding.FLOOR),
				QuotaSeverity.WARN, "QĐ 2", 0, 5, 0, 0);
		assertThat(messages.getMessage(fixed.explanation(), VI))
			.isEqualTo("Chiến sĩ thi đua cơ sở: 5 đề nghị; định mức tối đa 4");
	}

	private static QuotaUse use(QuotaSeverity severity, int usedAwarded, int usedProposed, int basisAwarded,
			int basisProposed) {
		return new QuotaUse(1, "CSTDCS", share("15", null, 0, QuotaRounding.FLOOR), severity, "QĐ 1", usedAwarded,
				usedProposed, basisAwarded, basisProposed);
	}

	private static QuotaTerms share(String percent, Integer max, int min, QuotaRounding rounding) {
		return new QuotaTerms("LDTT", new BigDecimal(percent).movePointLeft(2), max, min, rounding);
	}

}
