package vn.thidua.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.audit.AuditTrail;
import vn.thidua.unit.Succession;
import vn.thidua.unit.SuccessionEffect;
import vn.thidua.unit.SuccessionParticipant;

/**
 * A cluster year still open on the effective date (its year-end review not finalised)
 * carries on with the heirs as members, leader and deputy; the cluster's supervising unit
 * follows too. Finalised years, their scores and rankings stay as they were.
 */
@Component
class ClusterSuccession implements SuccessionParticipant {

	private static final String OPEN_YEAR = """
			not exists (select 1 from review r where r.cluster_year_id = y.id and r.period = 'YEAR_END'
			            and r.status = 'FINALISED')""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ClusterSuccession(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public List<SuccessionEffect> preview(Set<Long> ending, Set<Long> disableAccountsOf) {
		if (ending.isEmpty()) {
			return List.of();
		}
		long members = jdbc
			.sql("select count(*) from cluster_member m join cluster_year y on y.id = m.cluster_year_id"
					+ " where m.unit_id in (:units) and " + OPEN_YEAR)
			.param("units", ending)
			.query(Long.class)
			.single();
		long clusters = jdbc.sql("select count(*) from cluster where supervising_unit_id in (:units)")
			.param("units", ending)
			.query(Long.class)
			.single();
		return List.of(new SuccessionEffect("reorganisation.effect.clusterMembers", members),
				new SuccessionEffect("reorganisation.effect.clusters", clusters));
	}

	@Override
	public void apply(Succession succession) {
		Map<Long, Long> heirs = succession.heirs();
		for (Map.Entry<Long, Long> heir : heirs.entrySet()) {
			List<Long> years = jdbc.sql("""
					select y.id from cluster_year y join cluster_member m on m.cluster_year_id = y.id
					where m.unit_id = :from and %s
					""".formatted(OPEN_YEAR)).param("from", heir.getKey()).query(Long.class).list();
			if (years.isEmpty()) {
				continue;
			}
			jdbc.sql("""
					insert into cluster_member (cluster_year_id, unit_id)
					select id, :to from unnest(cast(:years as bigint[])) as id on conflict do nothing
					""").param("to", heir.getValue()).param("years", years.toArray(Long[]::new)).update();
			jdbc.sql(
					"delete from cluster_member where unit_id = :from and cluster_year_id = any(cast(:years as bigint[]))")
				.param("from", heir.getKey())
				.param("years", years.toArray(Long[]::new))
				.update();
			audit.recordUpdates("ClusterYear", years, "members", heir.getKey(), heir.getValue());
		}
		for (String column : List.of("leader_unit_id", "deputy_unit_id")) {
			audit.reassign("ClusterYear", column, "update cluster_year y set " + column
					+ " = :to, version = version + 1 where " + column + " = :from and " + OPEN_YEAR + " returning id",
					heirs);
		}
		audit.reassign("Cluster", "supervisingUnitId", "update cluster set supervising_unit_id = :to,"
				+ " version = version + 1 where supervising_unit_id = :from returning id", heirs);
	}

}
