package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.Diacritics;

/**
 * Reads movements for lists, chains, dashboards and summaries, in a fixed number of
 * queries whatever the number of units and reports.
 */
@Service
public class MovementQueries {

	private static final String ROWS = """
			select m.id, m.code, m.name, m.authority, lu.name as launching_unit_name, m.kind, m.status,
			       m.start_date, m.end_date, m.plan_number, m.plan_date, du.name as lead_unit_name,
			       (select count(*) from movement_participant p where p.movement_id = m.id) as participant_count
			from movement m
			join unit lu on lu.id = m.launching_unit_id
			join unit du on du.id = m.lead_unit_id
			""";

	/**
	 * Launched in the user's scope, above their unit, or with a participant in their
	 * scope. The scope is taken by id from {@code unit_scope_units(:me)}, not
	 * {@code (me.id)}: bound, not correlated, PostgreSQL reads it once into a hash.
	 */
	private static final String VISIBLE = """
			exists (select 1 from unit me where me.id = :me
			        and (m.launching_unit_id in (select id from unit_scope_units(:me)) or unit_in_subtree(me.path, lu.path)
			             or exists (select 1 from movement_participant p
			                        where p.movement_id = m.id and p.unit_id in (select id from unit_scope_units(:me)))))
			""";

	/**
	 * {@link #VISIBLE} for one movement or a few (a movement's implementations): the
	 * semi-join tests their units against the scope's roots, where the ids would read the
	 * whole scope (20.000 units for the top unit) to answer for a few rows.
	 */
	private static final String VISIBLE_FEW = """
			exists (select 1 from unit me where me.id = :me
			        and (exists (select 1 from unit_scope(me.id) scope_roots(root_path) where unit_in_subtree(lu.path, root_path)) or unit_in_subtree(me.path, lu.path)
			             or exists (select 1 from movement_participant p join unit pu on pu.id = p.unit_id
			                        where p.movement_id = m.id and exists (select 1 from unit_scope(me.id) scope_roots(root_path) where unit_in_subtree(pu.path, root_path)))))
			""";

	/**
	 * Each unit's latest accepted report in a year up to a date. A report holds every
	 * target, values are the year so far, and its score is fixed at acceptance, so this
	 * is one index range (progress_report_standing_idx) per movement and year.
	 */
	private static final String LAST_REPORTS = """
			with last_report as (
			  select distinct on (r.unit_id) r.id, r.unit_id, r.score
			  from progress_report r
			  where r.movement_id = :movement and r.year = :year and r.status = 'ACCEPTED' and r.period_end <= :asOf
			  order by r.unit_id, r.period_end desc
			)
			""";

	private static final String OVERDUE = """
			(:duePeriod <> '' and not exists (select 1 from progress_report d
			   where d.movement_id = p.movement_id and d.unit_id = p.unit_id and d.year = :dueYear
			     and d.period = :duePeriod and d.status in ('SUBMITTED', 'ACCEPTED')))
			""";

	/**
	 * A participant counts in a year only while its unit exists: a unit ended by a
	 * reorganisation keeps its years, its heir takes the years after.
	 */
	private static final String IN_YEAR = """
			u.valid_from <= make_date(:year, 12, 31) and (u.valid_to is null or u.valid_to >= make_date(:year, 1, 1))
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	MovementQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The movements that reach the user's unit, newest first, filtered by name or code
	 * (with or without diacritics), status and a year they run through.
	 */
	public Page<MovementRow> list(CurrentUser user, @Nullable String query, @Nullable MovementStatus status,
			@Nullable Integer year, Pageable pageable) {
		String where = " where " + VISIBLE + " and m.search_text like '%' || :q || '%'"
				+ (status == null ? "" : " and m.status = :status") + (year == null ? ""
						: " and extract(year from m.start_date) <= :year and extract(year from m.end_date) >= :year");
		Map<String, Object> params = new HashMap<>();
		params.put("me", user.unitId());
		params.put("q", query == null ? "" : Diacritics.likeFragment(query));
		if (status != null) {
			params.put("status", status.name());
		}
		if (year != null) {
			params.put("year", year);
		}
		List<MovementRow> rows = jdbc
			.sql(ROWS + where + " order by m.start_date desc, m.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(MovementRow.class)
			.list();
		long total = jdbc.sql("select count(*) from movement m join unit lu on lu.id = m.launching_unit_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * The latest year in which a unit's report on the movement was accepted, if any: the
	 * year its page opens on when none is asked for.
	 */
	public @Nullable Integer latestYearWithData(long movementId) {
		List<Integer> years = jdbc
			.sql("select r.year from progress_report r where r.movement_id = :movement and r.status = 'ACCEPTED'"
					+ " order by r.year desc limit 1")
			.param("movement", movementId)
			.query(Integer.class)
			.list();
		return years.isEmpty() ? null : years.getFirst();
	}

	/**
	 * The launched movements that reach a unit and run during a period, newest first, at
	 * most {@code limit}: what the unit's reports list.
	 */
	public List<MovementRow> running(long unitId, LocalDate from, LocalDate to, int limit) {
		return jdbc
			.sql(ROWS + " where " + VISIBLE + " and m.status <> 'DRAFT' and m.start_date <= :to and m.end_date >= :from"
					+ " order by m.start_date desc, m.id desc limit :limit")
			.param("me", unitId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(MovementRow.class)
			.list();
	}

	/**
	 * Per movement, how many participants reported in the year and how many attained
	 * every target, by their latest accepted report.
	 */
	public Map<Long, MovementAttainment> attainment(Collection<Long> movementIds, int year) {
		if (movementIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, MovementAttainment> result = new HashMap<>();
		jdbc.sql("""
				select movement_id, count(*), count(*) filter (where score >= 100) from (
				  select distinct on (r.movement_id, r.unit_id) r.movement_id, r.score from progress_report r
				  where r.movement_id in (:ids) and r.year = :year and r.status = 'ACCEPTED'
				  order by r.movement_id, r.unit_id, r.period_end desc) latest
				group by movement_id
				""")
			.param("ids", movementIds)
			.param("year", year)
			.query((rs, n) -> result.put(rs.getLong(1), new MovementAttainment(rs.getLong(2), rs.getLong(3))))
			.list();
		return result;
	}

	/**
	 * Whether a movement reaches a unit: launched at, above or below it, or joined by a
	 * unit of its subtree.
	 */
	public boolean reaches(long movementId, long unitId) {
		return jdbc
			.sql("select exists (select 1 from movement m join unit lu on lu.id = m.launching_unit_id"
					+ " where m.id = :id and " + VISIBLE_FEW + ")")
			.param("id", movementId)
			.param("me", unitId)
			.query(Boolean.class)
			.single();
	}

	public Map<Long, String> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select id, name from movement where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

	public Optional<Long> findIdByCode(String code) {
		return jdbc.sql("select id from movement where code = ?").param(code).query(Long.class).optional();
	}

	public MovementRow row(long id) {
		return jdbc.sql(ROWS + " where m.id = ?").param(id).query(MovementRow.class).single();
	}

	/**
	 * The movements this one carries out, from the top down (the Prime Minister's, then
	 * the province's).
	 */
	public List<MovementRow> implementedChain(Movement movement) {
		if (movement.getParentId() == null) {
			return List.of();
		}
		return jdbc.sql("""
				with recursive chain(id, depth) as (
				  select parent_id, 1 from movement where id = :id and parent_id is not null
				  union all
				  select m.parent_id, c.depth + 1 from movement m join chain c on m.id = c.id
				  where m.parent_id is not null and c.depth < 10
				)
				""" + ROWS + " join chain c on c.id = m.id order by c.depth desc")
			.param("id", movement.getId())
			.query(MovementRow.class)
			.list();
	}

	/**
	 * The movements launched below to carry this one out, that the user may see.
	 */
	public List<MovementRow> implementations(long movementId, CurrentUser user) {
		return jdbc.sql(ROWS + " where m.parent_id = :id and " + VISIBLE_FEW + " order by lu.name limit 200")
			.param("id", movementId)
			.param("me", user.unitId())
			.query(MovementRow.class)
			.list();
	}

	public Page<ParticipantRow> participants(long movementId, Pageable pageable) {
		List<ParticipantRow> rows = jdbc.sql("""
				select p.unit_id, u.code, u.name, p.joined_via, p.joined_on, p.joined_by
				from movement_participant p join unit u on u.id = p.unit_id
				where p.movement_id = ? order by u.path limit ? offset ?
				""")
			.params(movementId, pageable.getPageSize(), pageable.getOffset())
			.query(ParticipantRow.class)
			.list();
		return new PageImpl<>(rows, pageable,
				jdbc.sql("select count(*) from movement_participant where movement_id = ?")
					.param(movementId)
					.query(Long.class)
					.single());
	}

	public boolean participates(long movementId, long unitId) {
		return jdbc.sql("select exists (select 1 from movement_participant where movement_id = ? and unit_id = ?)")
			.params(movementId, unitId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Reports of a movement waiting for review or already reviewed, oldest submission
	 * first.
	 */
	public Page<ReportRow> reports(long movementId, @Nullable ReportStatus status, Pageable pageable) {
		String where = " where r.movement_id = :movement" + (status == null ? "" : " and r.status = :status");
		Map<String, Object> params = new HashMap<>(Map.of("movement", movementId));
		if (status != null) {
			params.put("status", status.name());
		}
		List<ReportRow> rows = jdbc.sql("""
				select r.id, r.unit_id, u.name as unit_name, r.year, r.period, r.status, r.submitted_by, r.submitted_at
				from progress_report r join unit u on u.id = r.unit_id
				""" + where + " order by r.submitted_at, r.id limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ReportRow.class)
			.list();
		long total = jdbc.sql("select count(*) from progress_report r" + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * The reports of one unit in a year, by period.
	 */
	public Map<Period, ReportRow> unitReports(long movementId, long unitId, int year) {
		return jdbc.sql("""
				select r.id, r.unit_id, u.name as unit_name, r.year, r.period, r.status, r.submitted_by, r.submitted_at
				from progress_report r join unit u on u.id = r.unit_id
				where r.movement_id = ? and r.unit_id = ? and r.year = ?
				""")
			.params(movementId, unitId, year)
			.query(ReportRow.class)
			.list()
			.stream()
			.collect(Collectors.toMap(ReportRow::period, Function.identity()));
	}

	/**
	 * Where the movement stands in a year as of a date: the whole picture for the
	 * dashboard and the review summary.
	 */
	public Standings standings(Movement movement, int year, LocalDate asOf, Pageable pageable) {
		return standings(movement, year, asOf, pageable, false);
	}

	/**
	 * The same picture with the units best first, for naming those that excelled.
	 */
	public Standings standings(Movement movement, int year, LocalDate asOf, Pageable pageable, boolean bestFirst) {
		DuePeriod due = DuePeriod.lastDue(movement, year, LocalDate.now(clock)).orElse(null);
		Map<String, Object> params = new HashMap<>();
		params.put("movement", movement.getId());
		params.put("year", year);
		params.put("asOf", asOf);
		long participants = countParticipants(movement.getId(), year);
		List<TargetStanding> targets = targetStandings(movement, params, participants);
		params.put("duePeriod", due == null ? "" : due.period().name());
		params.put("dueYear", year);
		List<UnitStanding> units = jdbc.sql(LAST_REPORTS + """
				select p.unit_id, u.code, u.name, lr.score, %s as overdue
				from movement_participant p join unit u on u.id = p.unit_id
				left join last_report lr on lr.unit_id = p.unit_id
				where p.movement_id = :movement and %s
				order by coalesce(lr.score, 0) %s, u.name, p.unit_id
				limit :limit offset :offset
				""".formatted(OVERDUE, IN_YEAR, bestFirst ? "desc" : "asc"))
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(UnitStanding.class)
			.list();
		var aggregate = jdbc.sql(LAST_REPORTS + """
				select round(avg(coalesce(lr.score, 0)), 2) as overall, count(*) filter (where %s) as overdue
				from movement_participant p join unit u on u.id = p.unit_id
				left join last_report lr on lr.unit_id = p.unit_id
				where p.movement_id = :movement and %s
				""".formatted(OVERDUE, IN_YEAR))
			.params(params)
			.query((rs, n) -> new Object[] { rs.getBigDecimal(1), rs.getLong(2) })
			.single();
		return new Standings(year, asOf, due, targets, (BigDecimal) aggregate[0], (Long) aggregate[1],
				new PageImpl<>(units, pageable, participants), cells(params, units));
	}

	private List<TargetStanding> targetStandings(Movement movement, Map<String, Object> params, long participants) {
		Map<Long, Target> targets = movement.getTargets()
			.stream()
			.collect(Collectors.toMap(Target::getId, Function.identity()));
		return jdbc.sql(LAST_REPORTS + """
				, pledged as (
				  select pl.target_id, sum(pl.plan_value - t.plan_value) as difference
				  from pledge pl join movement_target t on t.id = pl.target_id
				  join movement_participant p on p.movement_id = pl.movement_id and p.unit_id = pl.unit_id
				  join unit u on u.id = p.unit_id
				  where pl.movement_id = :movement and pl.year = :year and %s
				  group by pl.target_id
				)
				select t.id, t.plan_value * :participants + coalesce(max(pd.difference), 0) as plan_total,
				       sum(v.actual_value) as actual_total, count(v.attainment) as units_reported,
				       count(*) filter (where v.attainment >= 100) as units_achieved, avg(v.attainment) as average
				from movement_target t
				left join pledged pd on pd.target_id = t.id
				left join (last_report lr join progress_value v on v.report_id = lr.id) on v.target_id = t.id
				where t.movement_id = :movement
				group by t.id, t.sort_order order by t.sort_order
				""".formatted(IN_YEAR))
			.params(params)
			.param("participants", participants)
			.query((rs, n) -> new TargetStanding(targets.get(rs.getLong(1)), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6), participants))
			.list();
	}

	private Map<Long, Map<Long, StandingCell>> cells(Map<String, Object> params, List<UnitStanding> units) {
		if (units.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(LAST_REPORTS + """
				select lr.unit_id, v.target_id, v.plan_value as plan, v.actual_value as actual, v.achieved, v.attainment
				from last_report lr join progress_value v on v.report_id = lr.id
				where lr.unit_id in (:units)
				""")
			.params(params)
			.param("units", units.stream().map(UnitStanding::unitId).toList())
			.query(StandingCell.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(StandingCell::unitId,
					Collectors.toMap(StandingCell::targetId, Function.identity())));
	}

	/**
	 * Each unit's latest accepted attainment of one target in a year, for criteria of a
	 * cluster's pact that follow a movement target.
	 */
	public Map<Long, BigDecimal> attainments(long targetId, Collection<Long> unitIds, int year) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, BigDecimal> result = new HashMap<>();
		jdbc.sql("""
				select distinct on (r.unit_id) r.unit_id, v.attainment
				from progress_report r join progress_value v on v.report_id = r.id
				where v.target_id = :target and r.year = :year and r.status = 'ACCEPTED' and r.unit_id in (:units)
				  and v.attainment is not null
				order by r.unit_id, r.period_end desc
				""")
			.param("target", targetId)
			.param("year", year)
			.param("units", unitIds)
			.query((rs, n) -> result.put(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		return result;
	}

	/**
	 * The quantitative targets of the movements a unit launched, for linking a pact's
	 * criteria to them.
	 */
	public List<TargetChoice> targetsLaunchedBy(long unitId) {
		return jdbc.sql("""
				select t.id, m.code as movement_code, m.name as movement_name, t.name as target_name
				from movement_target t join movement m on m.id = t.movement_id
				where m.launching_unit_id = ? and m.status <> 'DRAFT'
				order by m.start_date desc, m.id, t.sort_order limit 500
				""").param(unitId).query(TargetChoice.class).list();
	}

	private long countParticipants(long movementId, int year) {
		return jdbc
			.sql("select count(*) from movement_participant p join unit u on u.id = p.unit_id"
					+ " where p.movement_id = :movement and " + IN_YEAR)
			.param("movement", movementId)
			.param("year", year)
			.query(Long.class)
			.single();
	}

}
