package vn.thidua.award;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitCatalog;

/**
 * Looks up the registry within the user's subtree, newest first, a page at a time by
 * keyset — never counting or skipping over millions of rows — and reads a person's
 * history.
 */
@Service
public class AwardQueries {

	public static final int PAGE_SIZE = 50;

	/**
	 * Up to this many units, a look-up reads each unit's newest page by the unit index
	 * and merges them; above it, it walks the newest-first index of the whole registry.
	 */
	private static final int PER_UNIT_LIMIT = 500;

	/**
	 * From how many units a page reads their keys first: reading a page's rows by id
	 * costs about four index and table pages a row, which pays once the units' whole rows
	 * cost more, from a few units on.
	 */
	private static final int KEYS_FIRST_FROM = 4;

	/**
	 * How many of the registry's newest keys per row of a page a look-up reads before it
	 * turns to its units' own indexes: a subtree with a quarter of the newest awards
	 * finds its page there.
	 */
	private static final int WALK_SPAN = 4;

	private static final int EXPORT_BATCH = 2_000;

	private static final String COLUMNS = """
			select a.id, a.person_id, a.unit_id, a.award_type_code as award_type, a.kind, a.year, a.decision_number,
			       a.decision_date, a.authority, a.subject_name, a.issuer_name, a.revoked, a.revocation_reason
			from award_record a
			""";

	/**
	 * Maps a row by position: the generic record mapper converts every column through the
	 * conversion service, which made reading awards for an export ten times slower than
	 * the query.
	 */
	private static final RowMapper<AwardRow> AWARD = (rs, n) -> new AwardRow(rs.getLong(1), rs.getObject(2, Long.class),
			rs.getLong(3), rs.getString(4), AwardKind.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7),
			rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
			rs.getString(13));

	private static final String PEOPLE = """
			select p.id, p.full_name, p.position, p.birth_date, p.unit_id, u.name as unit_name
			from person p join unit u on u.id = p.unit_id
			""";

	private final JdbcClient jdbc;

	private final People people;

	private final UnitCatalog units;

	/**
	 * The size of a subtree only chooses the look-up's plan, never its rows, so a size a
	 * few minutes old costs at most a slower plan after a reorganisation; counting it was
	 * one of four statements per registry page.
	 */
	private final Cache<SubtreeKey, Integer> subtreeSizes = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	/**
	 * Award types change only with a migration: read once, not on every registry page.
	 */
	private final SingletonSupplier<List<String>> awardTypes;

	AwardQueries(JdbcClient jdbc, People people, UnitCatalog units) {
		this.jdbc = jdbc;
		this.people = people;
		this.units = units;
		this.awardTypes = SingletonSupplier
			.of(() -> jdbc.sql("select code from award_type order by sort_order").query(String.class).list());
	}

	/**
	 * One page of the look-up plus one row, so the caller knows whether there is a next
	 * page.
	 */
	public List<AwardRow> search(AwardFilter filter, CurrentUser user) {
		return search(filter, PAGE_SIZE, user);
	}

	/**
	 * The same with a page size of one's own (plus one row).
	 */
	public List<AwardRow> search(AwardFilter filter, int size, CurrentUser user) {
		return awards(page(filter, user, size + 1));
	}

	/**
	 * The same with each award's unit, read in the same statement.
	 */
	public List<UnitAward> searchWithUnits(AwardFilter filter, int size, CurrentUser user) {
		Query page = page(filter, user, size + 1);
		return jdbc
			.sql("select p.*, u.code as unit_code, u.name as unit_name from (" + page.sql()
					+ ") p join unit u on u.id = p.unit_id order by p.year desc, p.id desc")
			.params(page.params())
			.query((rs, n) -> new UnitAward(AWARD.mapRow(rs, n), rs.getString("unit_code"), rs.getString("unit_name")))
			.list();
	}

	/**
	 * Every award the look-up finds, newest first, handed over a batch at a time: each
	 * batch is one short keyset query, so an export of millions of rows neither holds
	 * them nor keeps a transaction open while the file is sent.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forEach(AwardFilter filter, CurrentUser user, Consumer<? super AwardRow> sink) {
		AwardFilter next = filter.before(null);
		List<AwardRow> batch;
		do {
			batch = awards(page(next, user, EXPORT_BATCH));
			batch.forEach(sink);
			if (!batch.isEmpty()) {
				next = filter.before(batch.getLast().year() + ":" + batch.getLast().id());
			}
		}
		while (batch.size() == EXPORT_BATCH);
	}

	private record Query(String sql, Map<String, Object> params) {
	}

	private List<AwardRow> awards(Query page) {
		return jdbc.sql(page.sql()).params(page.params()).query(AWARD).list();
	}

	private Query page(AwardFilter filter, CurrentUser user, int limit) {
		Conditions on = new Conditions(filter, root(filter, user));
		String with = "";
		boolean named = filter.query() != null && !filter.query().isBlank();
		if (named) {
			// a name or number is selective: let the trigram index find the few matches
			// first, rather than walking the newest-first index through millions of rows
			with = "with hits as materialized (select id from award_record where search_text like '%' || :q || '%') ";
			on.awards.append(" and a.id in (select id from hits)");
			on.params.put("q", Diacritics.likeFragment(filter.query()));
		}
		String[] before = filter.before() == null ? null : filter.before().split(":");
		if (before != null && before.length == 2 && before[0].matches("\\d{4}") && before[1].matches("\\d{1,18}")) {
			on.awards.append(" and (a.year, a.id) < (:beforeYear, :beforeId)");
			on.params.put("beforeYear", Integer.valueOf(before[0]));
			on.params.put("beforeId", Long.valueOf(before[1]));
		}
		String order = " order by a.year desc, a.id desc limit " + limit;
		int units = subtreeSize(on.root, filter.unitId() == null);
		if (named || filter.todayUnits() || units > PER_UNIT_LIMIT) {
			return new Query(
					with + COLUMNS + unitJoin(filter) + " where " + within(filter) + on.units + on.awards + order,
					on.params);
		}
		// a small subtree: the newest page of each unit by its own index, then merged
		String subtree = "select u.id from unit u where " + within(filter) + on.units;
		if (on.beyondKey || filter.unitOnly() || units < KEYS_FIRST_FROM) {
			return new Query("with sub as (" + subtree + ") select a.* from sub cross join lateral (" + COLUMNS
					+ " where a.unit_id = sub.id" + on.awards + order + ") a" + order, on.params);
		}
		return new Query("with sub as materialized (" + subtree + ")" + walk(on.awards.toString(), limit)
				+ " select * from ((" + COLUMNS + " where (select count(*) from walk) = " + limit + on.awards
				+ " and (a.year, a.id) >= ((select year from edge), (select id from edge))"
				+ " and a.unit_id in (select id from sub)" + order + ") union all (" + COLUMNS
				+ " join (select k.id from sub cross join lateral (select a.year, a.id from award_record a"
				+ " where a.unit_id = sub.id" + on.awards + order + ") k order by k.year desc, k.id desc limit " + limit
				+ ") page on page.id = a.id where (select count(*) from walk) < " + limit
				+ ")) p order by p.year desc, p.id desc", on.params);
	}

	/**
	 * Several units filtered by year and position alone. Where the subtree holds most of
	 * the newest awards, as a province's does, its page lies among the registry's newest
	 * keys: {@code walk} finds it in the first {@link #WALK_SPAN} keys of the
	 * newest-first index (index only, a few pages), and the page is read in that index's
	 * order up to its last key ({@code edge}). Otherwise each unit's newest keys come
	 * from its own index and only the page's rows from the table. The walk reads at most
	 * {@code WALK_SPAN × limit} keys, however old the keyset position.
	 */
	private static String walk(String awards, int limit) {
		return ", walk as materialized (select r.year, r.id from (select a.year, a.id, a.unit_id from award_record a"
				+ " where true" + awards + " order by a.year desc, a.id desc limit " + WALK_SPAN * limit
				+ ") r where r.unit_id in (select id from sub) order by r.year desc, r.id desc limit " + limit
				+ "), edge as (select year, id from walk order by year, id limit 1)";
	}

	/**
	 * How many awards the look-up finds in all its pages: the figure a statistic links
	 * to.
	 */
	public long count(AwardFilter filter, CurrentUser user) {
		Conditions on = new Conditions(filter, root(filter, user));
		return jdbc
			.sql("select count(*) from award_record a" + unitJoin(filter) + " where " + within(filter) + on.units
					+ on.awards)
			.params(on.params)
			.query(Long.class)
			.single();
	}

	/**
	 * Valid awards counted by a grouping, subject and kind, within the filter's unit
	 * subtree (which must lie in the user's). One statement whatever the number of units
	 * or awards.
	 */
	public List<Tally> tally(AwardFilter filter, Grouping grouping, CurrentUser user) {
		if (Counted.applies(filter)) {
			return countedTally(filter, grouping, user);
		}
		Conditions on = new Conditions(filter, root(filter, user));
		return jdbc
			.sql("select " + grouping.expression() + " as key, t.subject_type, a.kind, count(*) as n"
					+ " from award_record a join award_type t on t.code = a.award_type_code" + unitJoin(filter)
					+ " join unit r on r.id = :root" + " where unit_in_subtree(u.path, r.path)" + on.units + on.awards
					+ " group by 1, 2, 3")
			.params(on.params)
			.query(TALLY)
			.list();
	}

	private static final RowMapper<Tally> TALLY = (rs, n) -> new Tally(rs.getString(1), Subject.of(rs.getString(2)),
			AwardKind.valueOf(rs.getString(3)), rs.getLong(4));

	/**
	 * The same tally of valid awards over a decision-date period, read from the counts
	 * kept ahead ({@code award_count}, V35): whole years and months from there, the days
	 * at the period's edges from the registry. The other conditions and the grouping are
	 * the registry look-up's, applied to the counted rows.
	 */
	private List<Tally> countedTally(AwardFilter filter, Grouping grouping, CurrentUser user) {
		Counted counted = Counted.of(filter.decidedFrom(), filter.decidedTo());
		Conditions on = new Conditions(new AwardFilter(null, filter.unitId(), null, filter.awardType(), null,
				filter.subject(), filter.kind(), filter.level(), filter.movementId(), null, null, false,
				filter.within(), filter.unitOnly(), filter.todayUnits()), root(filter, user));
		on.params.putAll(counted.params());
		return jdbc
			.sql("select " + grouping.expression() + " as key, t.subject_type, a.kind, sum(a.n) as n from ("
					+ counted.sql() + ") a join award_type t on t.code = a.award_type_code" + unitJoin(filter)
					+ " join unit r on r.id = :root" + " where unit_in_subtree(u.path, r.path)" + on.units + on.awards
					+ " group by 1, 2, 3 having sum(a.n) > 0")
			.params(on.params)
			.query(TALLY)
			.list();
	}

	/**
	 * The chosen unit's subtree; without a chosen unit, the user's whole scope, which
	 * takes in the subtrees their unit inherited in reorganisations. Taken by id (V51),
	 * so each root reads its range of the path index instead of every unit being tested.
	 */
	private static String within(AwardFilter filter) {
		return filter.unitId() == null ? "u.id in (select id from unit_scope_units(:root))"
				: "u.id in (select id from unit_subtree_units(:root))";
	}

	/**
	 * Joins each award's unit as {@code u}: as it was on the decision date, or by today's
	 * units the active unit that carries its work now.
	 */
	private static String unitJoin(AwardFilter filter) {
		return filter.todayUnits() ? " join unit h on h.id = a.unit_id join unit u on u.id = h.current_id"
				: " join unit u on u.id = a.unit_id";
	}

	private long root(AwardFilter filter, CurrentUser user) {
		return filter.unitId() != null && units.isWithin(filter.unitId(), user.unitId()) ? filter.unitId()
				: user.unitId();
	}

	/**
	 * The filter as SQL conditions on the awards ({@code a}) and on their units
	 * ({@code u}), with their parameters, shared by the look-up, its count and the
	 * statistics so that a figure and the list behind it agree.
	 */
	private static final class Conditions {

		final long root;

		final StringBuilder awards = new StringBuilder();

		final StringBuilder units = new StringBuilder();

		final Map<String, Object> params = new HashMap<>();

		/**
		 * Whether a condition reads a column beyond the year and id of a unit's index.
		 */
		boolean beyondKey;

		Conditions(AwardFilter filter, long root) {
			this.root = root;
			params.put("root", root);
			add(filter.year(), " and a.year = :year", "year");
			add(blankToNull(filter.awardType()), " and a.award_type_code = :type", "type");
			add(filter.kind() == null ? null : filter.kind().name(), " and a.kind = :kind", "kind");
			add(filter.level() == null ? null : filter.level().name(), " and a.level = :level", "level");
			if (filter.movementId() != null && filter.movementId() == AwardFilter.NO_MOVEMENT) {
				awards.append(" and a.movement_id is null");
				beyondKey = true;
			}
			else {
				add(filter.movementId(), " and a.movement_id = :movement", "movement");
			}
			add(filter.decidedFrom(), " and a.decision_date >= :from", "from");
			add(filter.decidedTo(), " and a.decision_date <= :to", "to");
			add(filter.subject() == null ? null : filter.subject().subjectTypes(),
					" and a.award_type_code in (select code from award_type where subject_type in (:subject))",
					"subject");
			if (filter.validOnly()) {
				awards.append(" and not a.revoked");
				beyondKey = true;
			}
			if (filter.unitOnly()) {
				units.append(" and u.id = :root");
			}
			if (filter.within() != null) {
				units.append(filter.within().isEmpty() ? " and false"
						: " and exists (select 1 from unit w where w.id in (:within) and unit_in_subtree(u.path, w.path))");
				params.put("within", filter.within().isEmpty() ? List.of(-1L) : filter.within());
			}
		}

		private void add(@Nullable Object value, String condition, String name) {
			if (value != null) {
				awards.append(condition);
				params.put(name, value);
				beyondKey |= !name.equals("year");
			}
		}

		private static @Nullable String blankToNull(@Nullable String text) {
			return text == null || text.isBlank() ? null : text;
		}

	}

	private int subtreeSize(long root, boolean inherited) {
		return subtreeSizes.get(new SubtreeKey(root, inherited), key -> countSubtree(key.root(), key.inherited()));
	}

	private record SubtreeKey(long root, boolean inherited) {
	}

	private int countSubtree(long root, boolean inherited) {
		return jdbc
			.sql("select count(distinct id) from " + (inherited ? "unit_scope_units(?)" : "unit_subtree_units(?)"))
			.param(root)
			.query(Integer.class)
			.single();
	}

	@Transactional(readOnly = true)
	public PersonHistory history(long personId, CurrentUser user) {
		Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
		if (!units.isWithin(person.getUnitId(), user.unitId())) {
			throw new NotFoundException("person", personId);
		}
		List<AwardRow> awards = jdbc.sql(COLUMNS + " where a.person_id = ? order by a.year, a.decision_date, a.id")
			.param(personId)
			.query(AWARD)
			.list();
		Map<Integer, Rating> ratings = new TreeMap<>();
		jdbc.sql("select year, rating from performance_rating where person_id = ?")
			.param(personId)
			.query((rs, n) -> ratings.put(rs.getInt(1), Rating.valueOf(rs.getString(2))))
			.list();
		List<InitiativeFact> initiatives = jdbc
			.sql("select year, influence, title from initiative where person_id = ? order by year, id")
			.param(personId)
			.query((rs, n) -> new InitiativeFact(rs.getInt(1), Influence.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
		return new PersonHistory(person, awards, ratings, initiatives);
	}

	public CollectiveHistory collectiveHistory(long unitId, CurrentUser user) {
		if (!units.isWithin(unitId, user.unitId())) {
			throw new NotFoundException("unit", unitId);
		}
		List<AwardRow> awards = jdbc
			.sql(COLUMNS + " where a.unit_id = ? and a.person_id is null order by a.year, a.decision_date, a.id")
			.param(unitId)
			.query(AWARD)
			.list();
		Map<Integer, Rating> ratings = new TreeMap<>();
		jdbc.sql("select year, rating from performance_rating where unit_id = ?")
			.param(unitId)
			.query((rs, n) -> ratings.put(rs.getInt(1), Rating.valueOf(rs.getString(2))))
			.list();
		return new CollectiveHistory(units.get(unitId), awards, ratings);
	}

	/**
	 * People of a unit's scope whose name matches, in name order, one page plus one row.
	 * Without a name, each unit's first names are read from its own index and merged: the
	 * page then costs a few rows per unit, where sorting the scope's people took 0,4 s
	 * for a district and 4,8 s for a province of the 2 M people of docs/benchmarks.md. A
	 * name is found through its trigrams, among the scope's units taken by id.
	 */
	public List<PersonRow> people(long unitId, @Nullable String query, int page) {
		long offset = (long) page * PAGE_SIZE;
		if (query == null || query.isBlank()) {
			return jdbc.sql("""
					select p.id, p.full_name, p.position, p.birth_date, p.unit_id, u.name as unit_name
					from unit_scope_units(:root) s
					cross join lateral (select p.id, p.full_name, p.position, p.birth_date, p.unit_id from person p
					                    where p.unit_id = s.id order by p.full_name, p.id limit :reach) p
					join unit u on u.id = p.unit_id
					order by p.full_name, p.id limit :limit offset :offset
					""")
				.param("root", unitId)
				.param("reach", offset + PAGE_SIZE + 1)
				.param("limit", PAGE_SIZE + 1)
				.param("offset", offset)
				.query(PersonRow.class)
				.list();
		}
		return jdbc
			.sql(PEOPLE + " where p.unit_id in (select id from unit_scope_units(:root))"
					+ " and p.search_text like '%' || :q || '%'"
					+ " order by p.full_name, p.id limit :limit offset :offset")
			.param("root", unitId)
			.param("q", Diacritics.likeFragment(query))
			.param("limit", PAGE_SIZE + 1)
			.param("offset", offset)
			.query(PersonRow.class)
			.list();
	}

	public List<PersonRow> people(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PEOPLE + " where p.id in (:ids)").param("ids", ids).query(PersonRow.class).list();
	}

	/**
	 * The people of these units whose name, without diacritics or case, is one of these
	 * names: the candidates for names typed in a sheet, read in one query for the whole
	 * sheet. The caller decides which candidate a name means.
	 */
	public List<PersonRow> peopleNamed(Collection<Long> unitIds, Collection<String> names) {
		if (unitIds.isEmpty() || names.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PEOPLE + " where p.unit_id in (:units) and p.search_text in (:names) order by p.id")
			.param("units", unitIds)
			.param("names", names.stream().map(Diacritics::fold).distinct().toList())
			.query(PersonRow.class)
			.list();
	}

	public List<String> awardTypes() {
		return awardTypes.obtain();
	}

	/**
	 * The recorded sex (MALE, FEMALE) of each of these people who has one, by id: how a
	 * certificate addresses them (Ông, Bà).
	 */
	public Map<Long, String> sexes(Collection<Long> personIds) {
		Map<Long, String> sexes = new HashMap<>();
		if (personIds.isEmpty()) {
			return sexes;
		}
		jdbc.sql("select id, sex from person where id in (:ids) and sex is not null")
			.param("ids", personIds)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sexes.put(rs.getLong(1), rs.getString(2)));
		return sexes;
	}

}
