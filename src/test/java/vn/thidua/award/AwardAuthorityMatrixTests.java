package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;
import vn.thidua.unit.UnitKind;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored authorities (V23) for every award type and every kind of deciding unit, on a
 * day before the two-level government (01/07/2025) and a day after; and the cash of the
 * decree in force on a decision's date.
 */
@IntegrationTest
class AwardAuthorityMatrixTests {

	private static final LocalDate BEFORE = LocalDate.of(2025, 3, 1);

	private static final LocalDate AFTER = LocalDate.of(2025, 9, 1);

	private static final Set<UnitKind> AGENCY = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.OTHER);

	private static final Set<String> UPWARD = Set.of("CO_CP", "CSTD_TQ", "BK_TTG", "BK_TTG_TT", "HCLD3");

	private static final Map<String, Set<UnitKind>> DECIDE_BEFORE = Map.ofEntries(
			entry("LDTT", kinds(AGENCY, UnitKind.DISTRICT, UnitKind.COMMUNE)),
			entry("CSTDCS", kinds(AGENCY, UnitKind.DISTRICT)), entry("TTLDTT", kinds(AGENCY, UnitKind.DISTRICT)),
			entry("GK", kinds(AGENCY, UnitKind.DISTRICT, UnitKind.COMMUNE)),
			entry("GK_TT", kinds(AGENCY, UnitKind.DISTRICT, UnitKind.COMMUNE)),
			entry("GK_HO", EnumSet.of(UnitKind.DISTRICT, UnitKind.COMMUNE)),
			entry("THON_VH", EnumSet.of(UnitKind.DISTRICT)), entry("GDVH", EnumSet.of(UnitKind.COMMUNE)),
			entry("CSTD_TINH", EnumSet.of(UnitKind.PROVINCE)), entry("TTLDXS", EnumSet.of(UnitKind.PROVINCE)),
			entry("CO_TINH", EnumSet.of(UnitKind.PROVINCE)), entry("BK_TINH", EnumSet.of(UnitKind.PROVINCE)),
			entry("BK_TINH_TT", EnumSet.of(UnitKind.PROVINCE)), entry("BK_TINH_HO", EnumSet.of(UnitKind.PROVINCE)),
			entry("CO_CP", Set.of()), entry("CSTD_TQ", Set.of()), entry("BK_TTG", Set.of()),
			entry("BK_TTG_TT", Set.of()), entry("HCLD3", Set.of()));

	private static final Map<String, Set<UnitKind>> DECIDE_AFTER = Map.ofEntries(
			entry("LDTT", kinds(AGENCY, UnitKind.COMMUNE)), entry("CSTDCS", kinds(AGENCY, UnitKind.COMMUNE)),
			entry("TTLDTT", kinds(AGENCY, UnitKind.COMMUNE)), entry("GK", kinds(AGENCY, UnitKind.COMMUNE)),
			entry("GK_TT", kinds(AGENCY, UnitKind.COMMUNE)), entry("GK_HO", EnumSet.of(UnitKind.COMMUNE)),
			entry("THON_VH", EnumSet.of(UnitKind.COMMUNE)), entry("GDVH", EnumSet.of(UnitKind.COMMUNE)),
			entry("CSTD_TINH", EnumSet.of(UnitKind.PROVINCE)), entry("TTLDXS", EnumSet.of(UnitKind.PROVINCE)),
			entry("CO_TINH", EnumSet.of(UnitKind.PROVINCE)), entry("BK_TINH", EnumSet.of(UnitKind.PROVINCE)),
			entry("BK_TINH_TT", EnumSet.of(UnitKind.PROVINCE)), entry("BK_TINH_HO", EnumSet.of(UnitKind.PROVINCE)),
			entry("CO_CP", Set.of()), entry("CSTD_TQ", Set.of()), entry("BK_TTG", Set.of()),
			entry("BK_TTG_TT", Set.of()), entry("HCLD3", Set.of()));

	@Autowired
	AwardAuthorities authorities;

	@Autowired
	AwardCatalog catalog;

	@Test
	void everyAwardTypeOfTheCatalogueHasItsAuthorityOnBothSidesOfTheReform() {
		assertThat(catalog.types()).extracting(AwardType::code)
			.containsExactlyInAnyOrderElementsOf(DECIDE_BEFORE.keySet());
		assertThat(DECIDE_AFTER.keySet()).isEqualTo(DECIDE_BEFORE.keySet());
	}

	@Test
	void eachKindOfUnitDecidesWhatTheLawGaveItBeforeTheFirstOfJuly2025() {
		assertMatrix(BEFORE, DECIDE_BEFORE);
	}

	@Test
	void afterTheFirstOfJuly2025NoDistrictDecidesAndTheCommuneTakesItsTitles() {
		assertMatrix(AFTER, DECIDE_AFTER);
		assertThat(authorities.book().decidesAny(UnitKind.DISTRICT, AFTER)).isFalse();
	}

	@Test
	void everyRowNamesItsArticle() {
		assertThat(authorities.book().all()).allSatisfy(row -> assertThat(row.legalSource()).contains("Điều"));
	}

	@Test
	void cashFollowsTheDecreeInForceOnTheDecisionDateRoundedUpToTenThousand() {
		AwardType gk = catalog.type("GK");
		AwardType flag = catalog.type("CO_TINH");
		AwardType government = catalog.type("CO_CP");
		AwardType household = catalog.type("GK_HO");
		// the base salary is 2.340.000 from 01/07/2024: the commune chair's Giấy khen is
		// 0,15 of it under Nghị định 98/2023 (351.000, rounded up to 360.000), 0,3 under
		// 152/2025 (702.000 → 710.000)
		assertThat(catalog.cash(gk, UnitKind.COMMUNE, LocalDate.of(2025, 6, 30))).isEqualByComparingTo("360000");
		assertThat(catalog.cash(gk, UnitKind.COMMUNE, LocalDate.of(2025, 7, 1))).isEqualByComparingTo("710000");
		// another unit's Giấy khen stays 0,3; a household's is 1,5 times it, rounded once
		assertThat(catalog.cash(gk, UnitKind.DEPARTMENT, LocalDate.of(2025, 6, 30))).isEqualByComparingTo("710000");
		assertThat(catalog.cash(household, UnitKind.DEPARTMENT, LocalDate.of(2025, 6, 30)))
			.isEqualByComparingTo("1060000");
		// the flags: 8,0 and 12,0 under both decrees
		assertThat(catalog.cash(flag, UnitKind.PROVINCE, LocalDate.of(2025, 6, 30))).isEqualByComparingTo("18720000");
		assertThat(catalog.cash(flag, UnitKind.PROVINCE, LocalDate.of(2025, 7, 1))).isEqualByComparingTo("18720000");
		assertThat(catalog.cash(government, null, LocalDate.of(2024, 3, 1))).isEqualByComparingTo("21600000");
		assertThat(catalog.cashRate("CO_CP", null, LocalDate.of(2025, 7, 1)).orElseThrow().legalSource())
			.startsWith("Nghị định 152/2025/NĐ-CP");
		assertThat(catalog.cashRate("CO_CP", null, LocalDate.of(2025, 6, 30)).orElseThrow().legalSource())
			.isEqualTo("Nghị định 98/2023/NĐ-CP, Điều 54");
		// Bằng khen: of a province 1,0 then 1,5 (Nghị định 152/2025), of the Prime
		// Minister 3,5
		AwardType province = catalog.type("BK_TINH");
		assertThat(catalog.cash(province, UnitKind.PROVINCE, LocalDate.of(2025, 6, 30)))
			.isEqualByComparingTo("2340000");
		assertThat(catalog.cash(province, UnitKind.PROVINCE, LocalDate.of(2025, 7, 1))).isEqualByComparingTo("3510000");
		assertThat(catalog.cash(catalog.type("BK_TTG"), null, LocalDate.of(2025, 7, 1)))
			.isEqualByComparingTo("8190000");
		assertThat(catalog.cash(catalog.type("BK_TTG_TT"), null, LocalDate.of(2025, 6, 30)))
			.isEqualByComparingTo("16380000");
		// before the law of 2022 no cash is recorded
		assertThat(catalog.cash(gk, UnitKind.DISTRICT, LocalDate.of(2023, 8, 4))).isNull();
	}

	@Test
	void aDecisionsPricingReadOnceAgreesWithTheCashOfEachTypeInThreeStatements() {
		for (LocalDate on : List.of(LocalDate.of(2024, 8, 4), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))) {
			for (UnitKind kind : java.util.Arrays.asList(UnitKind.COMMUNE, UnitKind.PROVINCE, UnitKind.DEPARTMENT,
					null)) {
				QueryCount.reset();
				CashPricing pricing = catalog.pricing(kind, on);
				assertThat(QueryCount.total()).isEqualTo(3);
				for (AwardType type : catalog.types()) {
					BigDecimal expected = catalog.cash(type, kind, on);
					if (expected == null) {
						assertThat(pricing.cash(type)).as("%s %s %s", type.code(), kind, on).isNull();
					}
					else {
						assertThat(pricing.cash(type)).as("%s %s %s", type.code(), kind, on)
							.isEqualByComparingTo(expected);
					}
				}
			}
		}
	}

	private void assertMatrix(LocalDate on, Map<String, Set<UnitKind>> deciders) {
		AuthorityBook book = authorities.book();
		deciders.forEach((type, kinds) -> {
			for (UnitKind kind : UnitKind.values()) {
				AuthorityVerdict.Outcome expected = kinds.contains(kind) ? AuthorityVerdict.Outcome.DECIDES
						: UPWARD.contains(type) && kind == UnitKind.PROVINCE ? AuthorityVerdict.Outcome.UPWARD
								: AuthorityVerdict.Outcome.REFUSED;
				assertThat(book.judge(type, kind, on).outcome()).as("%s by %s on %s", type, kind, on)
					.isEqualTo(expected);
			}
		});
		assertThat(book.judge("BK_TTG", UnitKind.PROVINCE, on).upperAuthority())
			.isEqualTo(UpperAuthority.PRIME_MINISTER);
		assertThat(book.judge("HCLD3", UnitKind.PROVINCE, on).upperAuthority()).isEqualTo(UpperAuthority.PRESIDENT);
	}

	private static Set<UnitKind> kinds(Set<UnitKind> some, UnitKind... more) {
		Set<UnitKind> all = new HashSet<>(some);
		all.addAll(List.of(more));
		return all;
	}

}
