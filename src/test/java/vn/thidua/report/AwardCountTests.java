package vn.thidua.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.Grouping;
import vn.thidua.award.Tally;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts kept ahead for the statistics and the quotas (award_count, V35 and V39)
 * always equal a count of the registry itself: after inserts, revocations, corrections,
 * deletes and records moved in bulk from one unit to another; and a tally over a period
 * with odd days at both ends, read from them, equals the registry's count.
 */
@IntegrationTest
class AwardCountTests {

	@Autowired
	TreeFixture tree;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardQueries awards;

	@Test
	@WithMockUser(roles = "ADMIN")
	void theCountsFollowEveryChangeOfTheRegistry() {
		String code = tree.prefix();
		long province = tree.unit(tree.root(), code, "Tỉnh " + code, UnitKind.PROVINCE, LocalDate.of(2000, 1, 1))
			.getId();
		long d1 = tree.unit(province, code + "-1", "Huyện Một", UnitKind.DISTRICT, LocalDate.of(2000, 1, 1)).getId();
		long d2 = tree.unit(province, code + "-2", "Huyện Hai", UnitKind.DISTRICT, LocalDate.of(2000, 1, 1)).getId();
		long person = tree.person(d1, "Nguyễn Văn Đếm", LocalDate.of(1980, 1, 1));
		String[] types = { "LDTT", "CSTDCS", "BK_TINH", "GK" };
		LocalDate day = LocalDate.of(2022, 11, 20);
		for (int i = 0; i < 40; i++) {
			tree.award(person, i % 3 == 0 ? d2 : d1, types[i % types.length], day.plusDays(i * 23L), code + "/" + i,
					"UBND tỉnh", "Nguyễn Văn Đếm");
		}
		List<Long> units = List.of(province, d1, d2);
		assertThat(kept(units)).isEqualTo(counted(units)).isNotEmpty();

		jdbc.sql("""
				update award_record set revoked = true, revocation_decision = 'TH/1'
				where unit_id = ? and decision_number like ? and id % 4 = 0
				""").params(d1, code + "/%").update();
		assertThat(kept(units)).isEqualTo(counted(units));

		jdbc.sql("update award_record set decision_date = decision_date + 40, year = year - 1, award_type_code = 'GK',"
				+ " kind = 'SUDDEN'" + " where unit_id = ? and id % 5 = 1")
			.param(d2)
			.update();
		jdbc.sql("update award_record set subject_name = 'Nguyễn Văn Đếm (sửa)' where unit_id in (?, ?)")
			.params(d1, d2)
			.update();
		assertThat(kept(units)).isEqualTo(counted(units));

		jdbc.sql("delete from award_record where unit_id = ? and id % 3 = 2").param(d1).update();
		assertThat(kept(units)).isEqualTo(counted(units));

		// a reorganisation that hands a district's records to another, in one statement
		jdbc.sql("update award_record set unit_id = ? where unit_id = ?").params(d2, d1).update();
		assertThat(kept(units)).isEqualTo(counted(units));
		assertThat(kept(List.of(d1))).isEmpty();

		jdbc.sql("update award_record set revoked = false, revocation_decision = null where unit_id = ?")
			.param(d2)
			.update();
		assertThat(kept(units)).isEqualTo(counted(units));

		CurrentUser officer = tree.user(province, vn.thidua.shared.security.Role.OFFICER);
		for (LocalDate[] period : new LocalDate[][] { { LocalDate.of(2022, 12, 9), LocalDate.of(2025, 2, 17) },
				{ LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31) },
				{ LocalDate.of(2023, 3, 1), LocalDate.of(2024, 6, 30) },
				{ LocalDate.of(2023, 3, 5), LocalDate.of(2023, 3, 28) } }) {
			AwardFilter filter = new AwardFilter(null, province, null, null, null, null, null, null, null, period[0],
					period[1], true, null, false);
			Map<String, Long> byType = new TreeMap<>();
			for (Tally tally : awards.tally(filter, Grouping.TYPE, officer)) {
				byType.merge(tally.key(), tally.count(), Long::sum);
			}
			Map<String, Long> direct = new TreeMap<>();
			jdbc.sql("""
					select award_type_code, count(*) from award_record
					where unit_id in (:units) and not revoked and decision_date between :from and :to group by 1
					""")
				.param("units", units)
				.param("from", period[0])
				.param("to", period[1])
				.query((rs, n) -> direct.put(rs.getString(1), rs.getLong(2)))
				.list();
			assertThat(byType).as("period %s", List.of(period)).isEqualTo(direct);
			if (period[0].plusDays(60).isBefore(period[1])) {
				// a few weeks may hold none of the awards that survived the deletions
				// above
				assertThat(byType).isNotEmpty();
			}
		}
	}

	private List<String> kept(List<Long> units) {
		return jdbc.sql("""
				select grain || ' ' || period_start || ' ' || unit_id || ' ' || award_type_code || ' ' || level || ' '
				       || kind || ' ' || movement_id || ' = ' || n
				from award_count where unit_id in (:units) and n <> 0 order by 1
				""").param("units", units).query(String.class).list();
	}

	private List<String> counted(List<Long> units) {
		return jdbc
			.sql("""
					select g.grain || ' ' || g.period_start || ' ' || unit_id || ' ' || award_type_code || ' ' || level || ' '
					       || kind || ' ' || coalesce(movement_id, 0) || ' = ' || count(*)
					from award_record
					cross join lateral (values ('Y', date_trunc('year', decision_date::timestamp)::date),
					                           ('M', date_trunc('month', decision_date::timestamp)::date),
					                           ('A', make_date(year, 1, 1))) g(grain, period_start)
					where unit_id in (:units) and not revoked
					group by g.grain, g.period_start, unit_id, award_type_code, level, kind, movement_id
					order by 1
					""")
			.param("units", units)
			.query(String.class)
			.list();
	}

}
