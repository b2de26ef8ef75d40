package vn.thidua.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.shared.due.DueItem;
import vn.thidua.shared.due.DueItemSource;
import vn.thidua.shared.due.DueKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * What movements ask of a user: their unit's progress reports due or late and those
 * returned to fix, registrations closing soon, and for the launching and lead units'
 * officers the reports waiting for review and the periods with units still late. Reports
 * due more than a year ago are no longer chased here.
 */
@Component
class MovementDueItems implements DueItemSource {

	private static final int SOON_DAYS = 14;

	private static final int MAX_MOVEMENTS = 200;

	private static final String RUNNING = """
			select m.id, m.name, m.reporting, m.report_due_days, m.start_date, m.end_date, u.name as unit_name
			""";

	private static final String ACTIVE_SINCE = """
			 m.status in ('LAUNCHED', 'MID_TERM_REVIEWED') and m.end_date >= :from order by m.id desc limit :max
			""";

	private static final RowMapper<Running> RUNNING_ROW = (rs, n) -> new Running(rs.getLong("id"), rs.getString("name"),
			ReportingFrequency.valueOf(rs.getString("reporting")), rs.getInt("report_due_days"),
			rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
			rs.getString("unit_name"));

	private final JdbcClient jdbc;

	MovementDueItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Running(long id, String name, ReportingFrequency reporting, int reportDueDays, LocalDate startDate,
			LocalDate endDate, String unitName) {

		List<DuePeriod> due(LocalDate from, LocalDate to, LocalDate today) {
			List<DuePeriod> due = new ArrayList<>();
			for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
				DuePeriod.of(reporting, startDate, endDate, reportDueDays, year)
					.stream()
					.filter(period -> period.isOpen(today) && !period.dueOn().isBefore(from)
							&& !period.dueOn().isAfter(to))
					.forEach(due::add);
			}
			return due;
		}

	}

	private record Own(Running movement, Map<String, ReportStatus> filed) {
	}

	@Override
	public List<DueItem> dueItems(CurrentUser user, LocalDate today, int limit) {
		List<DueItem> items = new ArrayList<>();
		if (user.has(Role.OFFICER) || user.has(Role.UNIT_REPORTER)) {
			items.addAll(ownReports(user, today));
			items.addAll(registrations(user, today, limit));
		}
		if (user.has(Role.OFFICER)) {
			items.addAll(lateUnits(user, today));
			items.addAll(reviewQueues(user, limit));
		}
		return DueItem.soonestFirst(items, limit);
	}

	/**
	 * The unit's reports due or returned, in one statement: its running movements, each
	 * with the periods it has filed (as {@code year:period:status}).
	 */
	private List<DueItem> ownReports(CurrentUser user, LocalDate today) {
		LocalDate from = today.minusYears(1);
		List<Own> movements = jdbc.sql(RUNNING + """
				, array(select r.year || ':' || r.period || ':' || r.status from progress_report r
				        where r.unit_id = :me and r.movement_id = m.id and r.year >= :year) as filed
				from movement_participant p join movement m on m.id = p.movement_id join unit u on u.id = p.unit_id
				where p.unit_id = :me and""" + ACTIVE_SINCE)
			.params(runningParams(user, today))
			.param("year", from.getYear() - 1)
			.query((rs, n) -> new Own(RUNNING_ROW.mapRow(rs, n), filed((String[]) rs.getArray("filed").getArray())))
			.list();
		List<DueItem> items = new ArrayList<>();
		for (Own own : movements) {
			Running movement = own.movement();
			for (DuePeriod due : movement.due(from, today.plusDays(SOON_DAYS), today)) {
				ReportStatus status = own.filed().get(due.year() + ":" + due.period());
				if (status == null || status == ReportStatus.RETURNED) {
					DueKind kind = status == null ? DueKind.PROGRESS_REPORT : DueKind.REPORT_RETURNED;
					items.add(new DueItem(kind,
							kind.name() + ":" + movement.id() + ":" + user.unitId() + ":" + due.year() + ":"
									+ due.period(),
							movement.name(), "PeriodOfYear." + due.period(), due.year(), movement.unitName(),
							due.dueOn(), "/movements/" + movement.id() + "/units/" + user.unitId() + "/reports/"
									+ due.year() + "/" + due.period()));
				}
			}
		}
		return items;
	}

	/**
	 * The reports filed, by {@code year:period}, from {@code year:period:status} entries.
	 */
	private static Map<String, ReportStatus> filed(String[] reports) {
		Map<String, ReportStatus> filed = new HashMap<>();
		for (String report : reports) {
			int status = report.lastIndexOf(':');
			filed.put(report.substring(0, status), ReportStatus.valueOf(report.substring(status + 1)));
		}
		return filed;
	}

	/**
	 * The active movements of a join and condition on the user's unit ({@code :me}),
	 * newest first, with the name of the unit {@code u}.
	 */
	private List<Running> running(String fromWhere, CurrentUser user, LocalDate today) {
		return jdbc.sql(RUNNING + fromWhere + " and" + ACTIVE_SINCE)
			.params(runningParams(user, today))
			.query(RUNNING_ROW)
			.list();
	}

	private static Map<String, Object> runningParams(CurrentUser user, LocalDate today) {
		return Map.of("me", user.unitId(), "from", today.minusYears(2), "max", MAX_MOVEMENTS);
	}

	private List<DueItem> registrations(CurrentUser user, LocalDate today, int limit) {
		return jdbc.sql("""
				select m.id, m.name, m.registration_deadline, me.name as unit_name
				from movement m join unit lu on lu.id = m.launching_unit_id, unit me
				where me.id = :me and m.status = 'LAUNCHED' and m.registration_deadline between :today and :soon
				  and unit_in_subtree(me.path, lu.path) and lu.id <> me.id
				  and not exists (select 1 from movement_participant p where p.movement_id = m.id and p.unit_id = :me)
				order by m.registration_deadline, m.id limit :limit
				""")
			.param("me", user.unitId())
			.param("today", today)
			.param("soon", today.plusDays(SOON_DAYS))
			.param("limit", limit)
			.query((rs, n) -> DueItem.of(DueKind.REGISTRATION, "REGISTRATION:" + rs.getLong(1) + ":" + user.unitId(),
					rs.getString(2), rs.getString(4), rs.getObject(3, LocalDate.class), "/movements/" + rs.getLong(1)))
			.list();
	}

	/**
	 * Per movement the user's unit launched or leads, each period past due with units
	 * that have not reported, counted in one query.
	 */
	private List<DueItem> lateUnits(CurrentUser user, LocalDate today) {
		List<Running> movements = running("""
				from movement m join unit u on u.id = m.launching_unit_id
				where (m.launching_unit_id = :me or m.lead_unit_id = :me)""", user, today);
		List<Long> ids = new ArrayList<>();
		List<Integer> years = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		Map<String, Running> byKey = new HashMap<>();
		Map<String, DuePeriod> dues = new HashMap<>();
		for (Running movement : movements) {
			for (DuePeriod due : movement.due(today.minusYears(1), today.minusDays(1), today)) {
				ids.add(movement.id());
				years.add(due.year());
				periods.add(due.period().name());
				String key = movement.id() + ":" + due.year() + ":" + due.period();
				byKey.put(key, movement);
				dues.put(key, due);
			}
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<String> late = Set.copyOf(jdbc
			.sql("""
					select distinct d.movement_id || ':' || d.year || ':' || d.period
					from unnest(cast(:ids as bigint[]), cast(:years as int[]), cast(:periods as text[])) as d(movement_id, year, period)
					join movement_participant p on p.movement_id = d.movement_id
					join unit u on u.id = p.unit_id
					where u.valid_from <= make_date(d.year, 12, 31) and (u.valid_to is null or u.valid_to >= make_date(d.year, 1, 1))
					  and not exists (select 1 from progress_report r
					                  where r.movement_id = p.movement_id and r.unit_id = p.unit_id and r.year = d.year
					                    and r.period = d.period and r.status in ('SUBMITTED', 'ACCEPTED'))
					""")
			.param("ids", ids.toArray(Long[]::new))
			.param("years", years.toArray(Integer[]::new))
			.param("periods", periods.toArray(String[]::new))
			.query(String.class)
			.list());
		return late.stream().map(key -> {
			Running movement = byKey.get(key);
			DuePeriod due = dues.get(key);
			return new DueItem(DueKind.REPORTS_LATE, DueKind.REPORTS_LATE + ":" + key, movement.name(),
					"PeriodOfYear." + due.period(), due.year(), movement.unitName(), due.dueOn(),
					"/movements/" + movement.id() + "?year=" + due.year());
		}).toList();
	}

	private List<DueItem> reviewQueues(CurrentUser user, int limit) {
		return jdbc.sql("""
				select m.id, m.name, u.name as unit_name, min(r.id) as first_report
				from movement m join unit u on u.id = m.launching_unit_id
				join progress_report r on r.movement_id = m.id and r.status = 'SUBMITTED'
				where m.launching_unit_id = :me or m.lead_unit_id = :me
				group by m.id, m.name, u.name order by min(r.submitted_at) limit :limit
				""")
			.param("me", user.unitId())
			.param("limit", limit)
			.query((rs, n) -> DueItem.of(DueKind.REPORTS_TO_REVIEW,
					DueKind.REPORTS_TO_REVIEW + ":" + rs.getLong(1) + ":" + rs.getLong(4), rs.getString(2),
					rs.getString(3), null, "/movements/" + rs.getLong(1) + "/reports?status=SUBMITTED"))
			.list();
	}

}
