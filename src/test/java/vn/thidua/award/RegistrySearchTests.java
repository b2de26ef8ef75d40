package vn.thidua.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The look-up without a name reads a small subtree unit by unit and merges the pages; the
 * result must be the same newest-first order, filters and keyset pages as one scan.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class RegistrySearchTests {

	@Autowired
	AwardQueries queries;

	@Autowired
	AwardRegistry registry;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubtreesPagesAreNewestFirstAcrossItsUnitsAndContinueByKeyset() {
		CurrentUser officer = users.current("officer.tv");
		List<Long> subtree = districtWithThreeCommunes("T-RS-", officer);
		long district = subtree.getFirst();
		long elsewhere = units.findActiveByCode("TV-TC").orElseThrow().id();
		String decision = "RS" + System.nanoTime();
		for (int i = 0; i < 60; i++) {
			record(subtree.get(i % subtree.size()), 1950 + i, "GK", decision, officer);
		}
		record(elsewhere, 2010, "GK", decision, officer);
		record(district, 2011, "LDTT", decision, officer);

		List<AwardRow> seen = allPages("GK", district, decision, officer);
		// without a type the pages read the keys of the four units from their index alone
		List<AwardRow> any = allPages(null, district, decision, officer);

		assertThat(any).hasSize(61);
		assertThat(any).extracting(AwardRow::year).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(any).filteredOn(row -> row.awardType().equals("GK")).isEqualTo(seen);
		assertThat(any).filteredOn(row -> row.awardType().equals("LDTT"))
			.singleElement()
			.satisfies(row -> assertThat(row.year()).isEqualTo(2011));
		assertThat(seen).hasSize(60);
		assertThat(seen).extracting(AwardRow::year).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(seen).extracting(AwardRow::unitId).containsOnlyElementsOf(subtree);
		assertThat(seen).extracting(AwardRow::awardType).containsOnly("GK");
		assertThat(queries.search(new AwardFilter(null, district, 1955, null, null), officer))
			.filteredOn(row -> row.decisionNumber().equals(decision))
			.singleElement()
			.satisfies(row -> assertThat(row.unitId()).isEqualTo(subtree.get(1)));
	}

	@Test
	void aSubtreeWithTheNewestAwardsIsPagedFromTheRegistrysNewestKeysAsFromItsUnits() {
		CurrentUser officer = users.current("officer.tv");
		List<Long> subtree = districtWithThreeCommunes("T-RW-", officer);
		long district = subtree.getFirst();
		String decision = "RW" + System.nanoTime();
		for (int i = 0; i < 23; i++) {
			record(subtree.get(i % subtree.size()), 1946, "GK", decision, officer);
		}
		// pages of five: the registry's newest 24 keys of 1946 are all the subtree's
		List<AwardRow> walked = pagesOfFive(null, district, officer);
		assertThat(walked).hasSize(23).isEqualTo(pagesOfFive("GK", district, officer));
		assertThat(walked).extracting(AwardRow::id).isSortedAccordingTo(Comparator.reverseOrder());

		// newer awards of 1946 elsewhere fill those keys: the units' own indexes answer
		long elsewhere = units.findActiveByCode("TV-TC").orElseThrow().id();
		for (int i = 0; i < 25; i++) {
			record(elsewhere, 1946, "GK", decision, officer);
		}
		assertThat(pagesOfFive(null, district, officer)).isEqualTo(walked);
	}

	private List<AwardRow> pagesOfFive(@Nullable String type, long district, CurrentUser officer) {
		List<AwardRow> seen = new ArrayList<>();
		String before = null;
		do {
			List<AwardRow> page = queries.search(new AwardFilter(null, district, 1946, type, before), 5, officer);
			seen.addAll(page.subList(0, Math.min(5, page.size())));
			before = page.size() > 5 ? page.get(4).year() + ":" + page.get(4).id() : null;
		}
		while (before != null);
		return seen;
	}

	@Test
	void theAwardTypesAreReadOnceInTheirOrder() {
		List<String> stored = jdbc.sql("select code from award_type order by sort_order").query(String.class).list();
		assertThat(queries.awardTypes()).isEqualTo(stored).contains("BK_TTG", "GK");

		QueryCount.reset();
		assertThat(queries.awardTypes()).isEqualTo(stored);
		assertThat(QueryCount.total()).as("the registry page no longer reads them each time").isZero();
	}

	@Test
	void aSubtreeIsCountedOnceForItsPlanAndItsPagesStayExact() {
		CurrentUser officer = users.current("officer.tv");
		long district = district("T-RC-" + Long.toString(System.nanoTime(), 36), officer);
		String decision = "RC" + System.nanoTime();
		record(district, 2020, "GK", decision, officer);
		AwardFilter filter = new AwardFilter(null, district, null, null, null);

		QueryCount.reset();
		assertThat(queries.search(filter, officer)).extracting(AwardRow::decisionNumber).containsExactly(decision);
		long first = QueryCount.total();
		record(district, 2021, "GK", decision + "-2", officer);
		QueryCount.reset();
		assertThat(queries.search(filter, officer)).extracting(AwardRow::decisionNumber)
			.containsExactly(decision + "-2", decision);

		assertThat(QueryCount.total()).as("the subtree's size is not counted again").isEqualTo(first - 1);
	}

	@Test
	void aPageWithItsUnitsIsOneStatementInTheLookUpsOrder() {
		CurrentUser officer = users.current("officer.tv");
		String code = "T-RU-" + Long.toString(System.nanoTime(), 36);
		long district = district(code, officer);
		String decision = "RU" + System.nanoTime();
		record(district, 2021, "GK", decision, officer);
		record(district, 2023, "GK", decision, officer);
		long elsewhere = units.findActiveByCode("TV-TC").orElseThrow().id();
		record(elsewhere, 2022, "GK", decision, officer);

		for (AwardFilter filter : List.of(new AwardFilter(null, district, null, null, null),
				new AwardFilter(decision, null, null, null, null))) {
			List<AwardRow> awards = queries.search(filter, 5, officer);
			QueryCount.reset();
			queries.search(filter, 5, officer);
			long alone = QueryCount.total();
			QueryCount.reset();
			List<UnitAward> page = queries.searchWithUnits(filter, 5, officer);
			assertThat(QueryCount.total()).as("no statement for the units").isEqualTo(alone);
			assertThat(page).extracting(UnitAward::award).isEqualTo(awards);
			assertThat(page).filteredOn(award -> award.award().unitId() == district)
				.isNotEmpty()
				.allSatisfy(award -> assertThat(award).extracting(UnitAward::unitCode, UnitAward::unitName)
					.containsExactly(code, "Huyện " + code));
		}
		assertThat(queries.searchWithUnits(new AwardFilter(decision, null, null, null, null), 5, officer))
			.extracting(award -> award.award().year(), UnitAward::unitCode)
			.containsExactly(tuple(2023, code), tuple(2022, "TV-TC"), tuple(2021, code));
	}

	private List<AwardRow> allPages(@Nullable String type, long district, String decision, CurrentUser officer) {
		List<AwardRow> seen = new ArrayList<>();
		String before = null;
		do {
			List<AwardRow> all = queries.search(new AwardFilter(null, district, null, type, before), officer);
			all.stream()
				.limit(AwardQueries.PAGE_SIZE)
				.filter(row -> row.decisionNumber().equals(decision))
				.forEach(seen::add);
			before = all.size() > AwardQueries.PAGE_SIZE
					? all.get(AwardQueries.PAGE_SIZE - 1).year() + ":" + all.get(AwardQueries.PAGE_SIZE - 1).id()
					: null;
		}
		while (before != null);
		return seen;
	}

	@Test
	void theScopesPeopleArePagedInNameOrderAcrossItsUnitsWithOrWithoutAName() {
		CurrentUser officer = users.current("officer.tv");
		List<Long> subtree = districtWithThreeCommunes("T-RP-", officer);
		String marker = "rp" + Long.toString(System.nanoTime(), 36);
		String[] names = { "Trần", "Nguyễn", "Lê", "Đặng", "Ánh", "Bùi" };
		for (int i = 0; i < 130; i++) {
			String name = names[i % names.length] + " Văn " + (char) ('A' + i % 26) + " " + marker
					+ (i % 3 == 0 ? " tim" : "");
			jdbc.sql("insert into person (full_name, search_text, unit_id) values (?, lower(?), ?)")
				.params(name, name, subtree.get(i < 100 ? 1 : i % subtree.size()))
				.update();
		}
		List<Long> expected = jdbc.sql("select id from person where unit_id in (:units) order by full_name, id")
			.param("units", subtree)
			.query(Long.class)
			.list();
		List<Long> named = jdbc
			.sql("select id from person where unit_id in (:units) and search_text like '%tim%' order by full_name, id")
			.param("units", subtree)
			.query(Long.class)
			.list();

		List<Long> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			List<PersonRow> rows = queries.people(subtree.getFirst(), null, page);
			assertThat(rows).hasSizeLessThanOrEqualTo(AwardQueries.PAGE_SIZE + 1);
			rows.stream().limit(AwardQueries.PAGE_SIZE).map(PersonRow::id).forEach(paged::add);
		}
		assertThat(paged).containsExactlyElementsOf(expected);
		assertThat(queries.people(subtree.get(1), null, 0)).extracting(PersonRow::unitId)
			.containsOnly(subtree.get(1))
			.hasSize(AwardQueries.PAGE_SIZE + 1);
		assertThat(queries.people(subtree.getFirst(), "TIM", 0)).extracting(PersonRow::id)
			.containsExactlyElementsOf(named);
	}

	private List<Long> districtWithThreeCommunes(String prefix, CurrentUser officer) {
		String code = prefix + Long.toString(System.nanoTime(), 36);
		long district = district(code, officer);
		List<Long> subtree = new ArrayList<>(List.of(district));
		for (String suffix : List.of("-X", "-Y", "-Z")) {
			subtree.add(
					unitManagement
						.create(district,
								new UnitDetails(code + suffix, "Xã " + code + suffix, UnitKind.COMMUNE,
										LocalDate.of(2020, 1, 1)),
								officer)
						.getId());
		}
		return subtree;
	}

	private long district(String code, CurrentUser officer) {
		return unitManagement
			.create(units.findActiveByCode("TV").orElseThrow().id(),
					new UnitDetails(code, "Huyện " + code, UnitKind.DISTRICT, LocalDate.of(2020, 1, 1)), officer)
			.getId();
	}

	private void record(long unit, int year, String type, String decision, CurrentUser officer) {
		registry.record(new AwardEntry(null, unit, type, AwardKind.MERIT, year, decision, LocalDate.of(2020, 1, 1),
				null, "UBND", "Tập thể " + year, null, "UBND"), officer);
	}

}
