package vn.thidua.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.movement.Direction;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.ReportingFrequency;
import vn.thidua.movement.Standings;
import vn.thidua.movement.TargetDefinition;
import vn.thidua.movement.TargetKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the movement dashboard takes with thousands of participating units and five
 * years of half-yearly reports. Run with
 * {@code ./mvnw verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=MovementDashboardBenchmark};
 * it prints its timings and is not part of the normal build.
 */
@Tag("benchmark")
@IntegrationTest
class MovementDashboardBenchmark {

	private static final int UNITS = Integer.getInteger("benchmark.units", 5000);

	private static final int TARGETS = 8;

	@Autowired
	MovementManagement movements;

	@Autowired
	MovementQueries queries;

	@Autowired
	UnitCatalog units;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(roles = "OFFICER")
	void dashboardOfAMovementWithThousandsOfUnitsAndYearsOfReports() {
		CurrentUser officer = users.current("officer.nd");
		UnitRow province = units.findActiveByCode("ND").orElseThrow();
		Movement movement = movements.create(
				new MovementDraft("BM-" + System.nanoTime(), province.id(), "UBND tỉnh Nam Định", null,
						MovementKind.REGULAR, null, null, LocalDate.of(2021, 1, 1), ReportingFrequency.HALF_YEARLY, 15,
						"Phong trào đo hiệu năng", LocalDate.of(2025, 12, 31), province.id(), null, null, null, null),
				officer);
		for (int i = 0; i < TARGETS; i++) {
			movements.addTarget(movement.getId(), movements.show(movement.getId(), officer).getVersion(),
					new TargetDefinition("Lĩnh vực " + (i % 3), "Chỉ tiêu " + i, TargetKind.QUANTITATIVE, "tỷ đồng",
							i % 4 == 3 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
							BigDecimal.valueOf(100), null, BigDecimal.ONE),
					officer);
		}
		long seeded = seed(movement.getId(), province);
		System.out.printf("Seeded %d units, %d reports, %d values%n", UNITS, seeded, seeded * TARGETS);

		report("dashboard, first page (25 units, behind first)",
				() -> queries.standings(movement, 2023, LocalDate.of(2023, 12, 31), PageRequest.of(0, 25)));
		report("dashboard, page 100",
				() -> queries.standings(movement, 2023, LocalDate.of(2023, 12, 31), PageRequest.of(100, 25)));
		report("summary as of H1, best first",
				() -> queries.standings(movement, 2024, LocalDate.of(2024, 6, 30), PageRequest.of(0, 5), true));
		Standings standings = queries.standings(movement, 2023, LocalDate.of(2023, 12, 31), PageRequest.of(0, 25));
		assertThat(standings.units().getTotalElements()).isEqualTo(UNITS);
		assertThat(standings.targets()).allSatisfy(target -> assertThat(target.unitsReported()).isEqualTo(UNITS));
	}

	private long seed(long movementId, UnitRow parent) {
		jdbc.sql(
				"""
						with ids as (select nextval('unit_seq') as id, g from generate_series(1, :n) g)
						insert into unit (id, code, name, kind, parent_id, path, depth, search_text, valid_from, active)
						select id, 'BM' || id, 'Xã đo hiệu năng ' || g, 'COMMUNE', :parent, :path || id || '/', :depth, 'xa do hieu nang ' || g,
						       date '2020-01-01', true from ids
						""")
			.param("n", UNITS)
			.param("parent", parent.id())
			.param("path", parent.path())
			.param("depth", parent.depth() + 1)
			.update();
		jdbc.sql("""
				insert into movement_participant (id, movement_id, unit_id, joined_via, joined_on, joined_by)
				select nextval('movement_participant_seq'), :m, id, 'ASSIGNED', date '2021-01-01', 'benchmark'
				from unit where code like 'BM%' and parent_id = :parent
				""").param("m", movementId).param("parent", parent.id()).update();
		long reports = jdbc
			.sql("""
					insert into progress_report (movement_id, unit_id, year, period, period_end, status, submitted_by, submitted_at, score)
					select :m, p.unit_id, y, per, case per when 'H1' then make_date(y, 6, 30) else make_date(y, 12, 31) end,
					       'ACCEPTED', 'benchmark', now(), round((random() * 100)::numeric, 2)
					from movement_participant p, generate_series(2021, 2025) y, unnest(array['H1', 'H2']) per
					where p.movement_id = :m
					""")
			.param("m", movementId)
			.update();
		jdbc.sql("""
				insert into progress_value (report_id, target_id, actual_value, plan_value, attainment)
				select r.id, t.id, v, 100, round(v, 2)
				from progress_report r join movement_target t on t.movement_id = r.movement_id,
				     lateral (select (random() * 150)::numeric(20, 4) as v) x
				where r.movement_id = :m
				""").param("m", movementId).update();
		jdbc.sql("analyze").update();
		return reports;
	}

	private static void report(String what, Supplier<?> query) {
		for (int i = 0; i < 3; i++) {
			query.get();
		}
		long[] millis = new long[15];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			query.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("BENCHMARK %-50s median %4d ms, p90 %4d ms%n", what, millis[millis.length / 2],
				millis[(int) (millis.length * 0.9)]);
	}

}
