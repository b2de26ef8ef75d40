package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the book of authorities answers, on rows made up for the purpose.
 */
class AuthorityBookTests {

	private static final LocalDate LAW = LocalDate.of(2024, 1, 1);

	private static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);

	private static final LocalDate TWO_LEVELS = LocalDate.of(2025, 7, 1);

	private final AuthorityBook book = new AuthorityBook(
			List.of(new AwardAuthority("LDTT", UnitKind.DISTRICT, null, LAW, LAST_DISTRICT_DAY, "Điều 80 khoản 2"),
					new AwardAuthority("LDTT", UnitKind.COMMUNE, null, TWO_LEVELS, null, "NĐ 129"),
					new AwardAuthority("BK_TINH", UnitKind.PROVINCE, null, LAW, null, "Điều 79"),
					new AwardAuthority("BK_TTG", null, UpperAuthority.PRIME_MINISTER, LAW, null, "Điều 78")));

	@Test
	void aDistrictDecidesUntilItsLastDayAndNothingAfter() {
		assertThat(book.judge("LDTT", UnitKind.DISTRICT, LAST_DISTRICT_DAY).outcome())
			.isEqualTo(AuthorityVerdict.Outcome.DECIDES);
		AuthorityVerdict after = book.judge("LDTT", UnitKind.DISTRICT, TWO_LEVELS);
		assertThat(after.outcome()).isEqualTo(AuthorityVerdict.Outcome.REFUSED);
		assertThat(after.holders()).extracting(AwardAuthority::unitKind).containsExactly(UnitKind.COMMUNE);
		assertThat(after.legalSource()).isEqualTo("NĐ 129");
		assertThat(book.decidesAny(UnitKind.DISTRICT, LAST_DISTRICT_DAY)).isTrue();
		assertThat(book.decidesAny(UnitKind.DISTRICT, TWO_LEVELS)).isFalse();
	}

	@Test
	void aCommuneTakesOverOnTheFirstDayOfTheTwoLevels() {
		assertThat(book.judge("LDTT", UnitKind.COMMUNE, LAST_DISTRICT_DAY).outcome())
			.isEqualTo(AuthorityVerdict.Outcome.REFUSED);
		assertThat(book.judge("LDTT", UnitKind.COMMUNE, TWO_LEVELS).outcome())
			.isEqualTo(AuthorityVerdict.Outcome.DECIDES);
	}

	@Test
	void onlyAProvinceProposesUpwardWhatThePrimeMinisterDecides() {
		AuthorityVerdict province = book.judge("BK_TTG", UnitKind.PROVINCE, TWO_LEVELS);
		assertThat(province.outcome()).isEqualTo(AuthorityVerdict.Outcome.UPWARD);
		assertThat(province.upperAuthority()).isEqualTo(UpperAuthority.PRIME_MINISTER);
		assertThat(book.judge("BK_TTG", UnitKind.COMMUNE, TWO_LEVELS).outcome())
			.isEqualTo(AuthorityVerdict.Outcome.REFUSED);
		assertThat(book.judge("BK_TTG", UnitKind.NATIONAL, TWO_LEVELS).outcome())
			.isEqualTo(AuthorityVerdict.Outcome.REFUSED);
	}

	@Test
	void beforeTheLawNothingIsRecordedSoNothingIsRefused() {
		assertThat(book.judge("BK_TINH", UnitKind.COMMUNE, LocalDate.of(2023, 12, 31)).outcome())
			.isEqualTo(AuthorityVerdict.Outcome.UNRECORDED);
	}

}
