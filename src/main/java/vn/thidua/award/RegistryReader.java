package vn.thidua.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.cluster.ClusterQueries;

/**
 * Reads what the rules need about a batch of nominees in a fixed number of queries,
 * whatever the number of nominees and rules.
 */
@Component
class RegistryReader {

	private final JdbcClient jdbc;

	private final ClusterQueries clusters;

	RegistryReader(JdbcClient jdbc, ClusterQueries clusters) {
		this.jdbc = jdbc;
		this.clusters = clusters;
	}

	Registry read(Collection<Nominee> nominees, LocalDate on, Set<AwardKind> notCounting,
			Collection<Long> excludedAwards) {
		List<Long> people = nominees.stream().map(Nominee::personId).filter(Objects::nonNull).distinct().toList();
		List<Long> units = nominees.stream()
			.filter(nominee -> !nominee.isPerson())
			.map(Nominee::unitId)
			.distinct()
			.toList();
		List<MemberFacts.Key> collectives = nominees.stream()
			.filter(nominee -> !nominee.isPerson())
			.map(nominee -> new MemberFacts.Key(nominee.unitId(), nominee.year()))
			.distinct()
			.toList();
		return new Registry(awards("person_id", people, excludedAwards), awards("unit_id", units, excludedAwards),
				ratings("person_id", people), ratings("unit_id", units), initiatives(people),
				discipline("person_id", people, on), discipline("unit_id", units, on), clusters.yearsLed(units),
				members(collectives), notCounting.isEmpty() ? Set.of() : EnumSet.copyOf(notCounting));
	}

	private Map<Long, List<AwardFact>> awards(String subject, List<Long> ids, Collection<Long> excluded) {
		Map<Long, List<AwardFact>> awards = new HashMap<>();
		if (ids.isEmpty()) {
			return awards;
		}
		String onlyCollective = subject.equals("unit_id") ? " and person_id is null" : "";
		String notExcluded = excluded.isEmpty() ? "" : " and id not in (:excluded)";
		var statement = jdbc
			.sql("select " + subject
					+ ", award_type_code, kind, year, decision_number, revoked from award_record where " + subject
					+ " in (:ids)" + onlyCollective + notExcluded)
			.param("ids", ids);
		if (!excluded.isEmpty()) {
			statement = statement.param("excluded", excluded);
		}
		statement
			.query((rs, n) -> awards.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new AwardFact(rs.getString(2), AwardKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
						rs.getBoolean(6))))
			.list();
		return awards;
	}

	private Map<Long, Map<Integer, Rating>> ratings(String subject, List<Long> ids) {
		Map<Long, Map<Integer, Rating>> ratings = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select " + subject + ", year, rating from performance_rating where " + subject + " in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> ratings.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
					.put(rs.getInt(2), Rating.valueOf(rs.getString(3))))
				.list();
		}
		return ratings;
	}

	private Map<Long, List<InitiativeFact>> initiatives(List<Long> people) {
		Map<Long, List<InitiativeFact>> initiatives = new HashMap<>();
		if (!people.isEmpty()) {
			jdbc.sql("select person_id, year, influence, title from initiative where person_id in (:ids)")
				.param("ids", people)
				.query((rs, n) -> initiatives.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new InitiativeFact(rs.getInt(2), Influence.valueOf(rs.getString(3)), rs.getString(4))))
				.list();
		}
		return initiatives;
	}

	private Map<Long, String> discipline(String subject, List<Long> ids, LocalDate on) {
		Map<Long, String> open = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select " + subject + ", detail from discipline_record where " + subject
					+ " in (:ids) and started_on <= :on and (ended_on is null or ended_on >= :on)")
				.param("ids", ids)
				.param("on", on)
				.query((rs, n) -> open.putIfAbsent(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return open;
	}

	/**
	 * What the members of each collective hold in its year: their number and how many
	 * hold each award type and each rating, in one query, and who was disciplined in
	 * another. Members are the people whose unit is the collective.
	 */
	private Map<MemberFacts.Key, MemberFacts> members(List<MemberFacts.Key> collectives) {
		Map<MemberFacts.Key, MemberFacts> members = new HashMap<>();
		if (collectives.isEmpty()) {
			return members;
		}
		List<Long> units = collectives.stream().map(MemberFacts.Key::unitId).distinct().toList();
		List<Integer> years = collectives.stream().map(MemberFacts.Key::year).distinct().toList();
		Map<Long, Integer> counts = new HashMap<>();
		Map<MemberFacts.Key, Map<String, Integer>> holders = new HashMap<>();
		Map<MemberFacts.Key, Map<Rating, Integer>> ratings = new HashMap<>();
		jdbc.sql("""
				select 'MEMBERS' as fact, unit_id, null::integer as year, null::varchar as code, count(*) as people
				from person where unit_id in (:units) group by unit_id
				union all
				select 'AWARD', p.unit_id, a.year, a.award_type_code, count(distinct p.id)
				from award_record a join person p on p.id = a.person_id
				where p.unit_id in (:units) and a.year in (:years) and not a.revoked
				group by p.unit_id, a.year, a.award_type_code
				union all
				select 'RATING', p.unit_id, r.year, r.rating, count(*)
				from performance_rating r join person p on p.id = r.person_id
				where p.unit_id in (:units) and r.year in (:years)
				group by p.unit_id, r.year, r.rating
				""").param("units", units).param("years", years).query(rs -> {
			MemberFacts.Key key = new MemberFacts.Key(rs.getLong("unit_id"), rs.getInt("year"));
			int people = rs.getInt("people");
			switch (rs.getString("fact")) {
				case "MEMBERS" -> counts.put(key.unitId(), people);
				case "AWARD" -> holders.computeIfAbsent(key, k -> new HashMap<>()).put(rs.getString("code"), people);
				case "RATING" -> ratings.computeIfAbsent(key, k -> new HashMap<>())
					.put(Rating.valueOf(rs.getString("code")), people);
				default -> throw new IllegalStateException(rs.getString("fact"));
			}
		});
		Map<MemberFacts.Key, List<MemberFacts.Disciplined>> disciplined = disciplined(units, years);
		collectives.forEach(key -> members.put(key,
				new MemberFacts(counts.getOrDefault(key.unitId(), 0), holders.getOrDefault(key, Map.of()),
						ratings.getOrDefault(key, Map.of()), disciplined.getOrDefault(key, List.of()))));
		return members;
	}

	/**
	 * The members given a penalty in the years, by the year the discipline started.
	 */
	private Map<MemberFacts.Key, List<MemberFacts.Disciplined>> disciplined(List<Long> units, List<Integer> years) {
		Map<MemberFacts.Key, List<MemberFacts.Disciplined>> disciplined = new HashMap<>();
		jdbc.sql("""
				select p.unit_id, extract(year from d.started_on)::integer, p.full_name, d.penalty
				from discipline_record d join person p on p.id = d.person_id
				where p.unit_id in (:units) and d.penalty is not null and extract(year from d.started_on) in (:years)
				order by p.full_name
				""")
			.param("units", units)
			.param("years", years)
			.query((rs, n) -> disciplined
				.computeIfAbsent(new MemberFacts.Key(rs.getLong(1), rs.getInt(2)), key -> new ArrayList<>())
				.add(new MemberFacts.Disciplined(rs.getString(3), DisciplinePenalty.valueOf(rs.getString(4)))))
			.list();
		return disciplined;
	}

}
