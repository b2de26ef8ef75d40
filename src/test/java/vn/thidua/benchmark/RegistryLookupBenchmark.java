package vn.thidua.benchmark;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardRow;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long registry look-ups take with a million award records spread over the test
 * world's units and twenty years. Run with
 * {@code ./mvnw verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=RegistryLookupBenchmark};
 * {@code -Dbenchmark.awards=} changes the size.
 */
@Tag("benchmark")
@IntegrationTest
class RegistryLookupBenchmark {

	private static final int AWARDS = Integer.getInteger("benchmark.awards", 1_000_000);

	@Autowired
	AwardQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Test
	void lookUpsInAMillionAwardRecords() {
		jdbc.sql(
				"""
						insert into award_record (unit_id, award_type_code, kind, year, decision_number, decision_date, authority,
						                          subject_name, issuer_name, search_text)
						select u.id, t.code, 'MERIT', 2005 + g % 20, g || '/QĐ-UBND', make_date(2006 + g % 20, 1, 15), 'UBND',
						       'Người thứ ' || g, 'UBND', 'nguoi thu ' || g || ' ' || g || '/qd-ubnd'
						from generate_series(1, :n) g
						join lateral (select id from unit where active order by id offset (g % 20) limit 1) u on true
						join lateral (select code from award_type order by sort_order offset (g % 12) limit 1) t on true
						""")
			.param("n", AWARDS)
			.update();
		jdbc.sql("analyze award_record").update();
		CurrentUser officer = users.current("officer.tv");
		CurrentUser admin = users.current("admin");
		long caungang = units.findActiveByCode("TV-CN").orElseThrow().id();
		System.out.printf("Registry holds %d award records%n",
				jdbc.sql("select count(*) from award_record").query(Long.class).single());

		Timing.report("newest first, whole country",
				() -> queries.search(new AwardFilter(null, null, null, null, null), admin));
		Timing.report("a province, one year",
				() -> queries.search(new AwardFilter(null, null, 2015, null, null), officer));
		Timing.report("a district, one type",
				() -> queries.search(new AwardFilter(null, caungang, null, "BK_TINH", null), officer));
		Timing.report("by name without diacritics",
				() -> queries.search(new AwardFilter("nguoi thu 777777", null, null, null, null), admin));
		Timing.report("by decision number",
				() -> queries.search(new AwardFilter("123456/qd", null, null, null, null), admin));
		List<AwardRow> first = queries.search(new AwardFilter(null, null, null, null, null), admin);
		String next = first.get(49).year() + ":" + first.get(49).id();
		Timing.report("page 2 by keyset", () -> queries.search(new AwardFilter(null, null, null, null, next), admin));
		assertThat(first).hasSize(51);
	}

}
