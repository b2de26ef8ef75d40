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

	Registry read(Collection<Nominee> nominees, LocalDate on, Set<AwardKind> notCounting) {
		List<Long> people = nominees.stream().map(Nominee::personId).filter(Objects::nonNull).distinct().toList();
		List<Long> units = nominees.stream()
			.filter(nominee -> !nominee.isPerson())
			.map(Nominee::unitId)
			.distinct()
			.toList();
		return new Registry(awards("person_id", people), awards("unit_id", units), ratings(people), initiatives(people),
				discipline("person_id", people, on), discipline("unit_id", units, on), clusters.yearsLed(units),
				notCounting.isEmpty() ? Set.of() : EnumSet.copyOf(notCounting));
	}

	private Map<Long, List<AwardFact>> awards(String subject, List<Long> ids) {
		Map<Long, List<AwardFact>> awards = new HashMap<>();
		if (ids.isEmpty()) {
			return awards;
		}
		String onlyCollective = subject.equals("unit_id") ? " and person_id is null" : "";
		jdbc.sql(
				"select " + subject + ", award_type_code, kind, year, decision_number, revoked from award_record where "
						+ subject + " in (:ids)" + onlyCollective)
			.param("ids", ids)
			.query((rs, n) -> awards.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new AwardFact(rs.getString(2), AwardKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
						rs.getBoolean(6))))
			.list();
		return awards;
	}

	private Map<Long, Map<Integer, Rating>> ratings(List<Long> people) {
		Map<Long, Map<Integer, Rating>> ratings = new HashMap<>();
		if (!people.isEmpty()) {
			jdbc.sql("select person_id, year, rating from performance_rating where person_id in (:ids)")
				.param("ids", people)
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

}
