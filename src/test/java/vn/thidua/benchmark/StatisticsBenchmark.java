package vn.thidua.benchmark;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardQueries;
import vn.thidua.report.AwardStatistics;
import vn.thidua.report.Dimension;
import vn.thidua.report.Half;
import vn.thidua.report.ReportPeriod;
import vn.thidua.report.StatisticsQuery;
import vn.thidua.report.StatutoryReports;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitDetails;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the statistics take on a province of ten districts and 500 communes holding a
 * million award records over twenty years. Run with
 * {@code ./mvnw verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=StatisticsBenchmark};
 * {@code -Dbenchmark.awards=} changes the size.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class StatisticsBenchmark {

	private static final int AWARDS = Integer.getInteger("benchmark.awards", 1_000_000);

	@Autowired
	AwardStatistics statistics;

	@Autowired
	StatutoryReports statutory;

	@Autowired
	AwardQueries awards;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitCatalog units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorldUsers users;

	@Test
	void aProvinceYearAndADistrictDrillDownInAMillionAwards() {
		CurrentUser admin = users.current("admin");
		long province = unitManagement
			.create(units.findActiveByCode("VN").orElseThrow().id(),
					new UnitDetails("BS", "Tỉnh Đo Thống Kê", UnitKind.PROVINCE, LocalDate.of(2000, 1, 1)), admin)
			.getId();
		long firstDistrict = 0;
		for (int d = 0; d < 10; d++) {
			long district = unitManagement
				.create(province,
						new UnitDetails("BS-" + d, "Huyện Đo " + d, UnitKind.DISTRICT, LocalDate.of(2000, 1, 1)), admin)
				.getId();
			firstDistrict = d == 0 ? district : firstDistrict;
		}
		jdbc.sql("""
				insert into unit (id, code, name, kind, parent_id, path, depth, search_text, valid_from)
				select n.id, 'BS-X' || n.id, 'Xã Đo ' || n.id, 'COMMUNE', n.parent, n.path || n.id || '/', n.depth + 1,
				       'xa do ' || n.id, date '2000-01-01'
				from (select nextval('unit_seq') as id, d.id as parent, d.path, d.depth
				      from unit d cross join generate_series(1, 50) where d.parent_id = :province) n
				""").param("province", province).update();
		jdbc.sql(
				"""
						insert into award_record (unit_id, award_type_code, kind, year, decision_number, decision_date, authority,
						                          subject_name, issuer_name, search_text, level, movement_id, person_id)
						select u.ids[1 + g % cardinality(u.ids)], t.code, (array['MERIT', 'MERIT', 'MOVEMENT', 'SUDDEN'])[1 + g % 4],
						       2006 + g % 20, g || '/QĐ-UBND', date '2006-01-01' + (g % 7300), 'UBND', 'Người thứ ' || g, 'UBND',
						       'nguoi thu ' || g, coalesce(t.level, (array['PROVINCE', 'DISTRICT', 'COMMUNE'])[1 + g % 3]),
						       case when g % 5 = 0 then (select min(id) from movement) end, null
						from generate_series(1, :n) g
						cross join (select array_agg(id) as ids from unit where path like (select path from unit where id = :province) || '%') u
						join (select code, level, row_number() over (order by sort_order) - 1 as k from award_type) t
						  on t.k = g % (select count(*) from award_type)
						""")
			.param("n", AWARDS)
			.param("province", province)
			.update();
		jdbc.sql("analyze award_record").update();
		jdbc.sql("analyze unit").update();
		long district = firstDistrict;
		ReportPeriod year = ReportPeriod.of(2020, Half.YEAR);
		System.out.printf("Province holds %d award records%n",
				jdbc.sql("select count(*) from award_record a join unit u on u.id = a.unit_id"
						+ " where u.path like (select path from unit where id = ?) || '%'")
					.param(province)
					.query(Long.class)
					.single());

		Timing.report("province, a year, by form", () -> statistics
			.statistics(new StatisticsQuery(year, province, null, null, null, null, Dimension.TYPE), admin));
		Timing.report("province, a year, by district", () -> statistics
			.statistics(new StatisticsQuery(year, province, null, null, null, null, Dimension.UNIT), admin));
		Timing.report("province, a half-year, statutory report",
				() -> statutory.report(province, ReportPeriod.of(2020, Half.FIRST), admin));
		Timing.report("province, twenty years, by year",
				() -> statistics.statistics(new StatisticsQuery(new ReportPeriod(2006, 2025, Half.YEAR), province, null,
						null, null, null, Dimension.YEAR), admin));
		Timing.report("district, a year, by commune", () -> statistics
			.statistics(new StatisticsQuery(year, district, null, null, null, null, Dimension.UNIT), admin));
		AwardFilter figure = new AwardFilter(null, district, null, "GK", null, null, null, null, null, year.from(),
				year.to(), true, null, false);
		Timing.report("district figure: its registry list", () -> awards.search(figure, admin));
		Timing.report("district figure: its count", () -> awards.count(figure, admin));
		assertThat(statistics
			.statistics(new StatisticsQuery(year, province, null, null, null, null, Dimension.TYPE), admin)
			.total()
			.counts()
			.total()).isPositive();
	}

}
