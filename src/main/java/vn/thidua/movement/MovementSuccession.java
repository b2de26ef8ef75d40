package vn.thidua.movement;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.audit.AuditTrail;
import vn.thidua.shared.security.Actor;
import vn.thidua.unit.Succession;
import vn.thidua.unit.SuccessionEffect;
import vn.thidua.unit.SuccessionParticipant;

/**
 * A running movement carries on under the heirs: its launching, lead and standing units
 * move, and each heir joins where its predecessor took part. The predecessor keeps its
 * participation, pledges and reports for the years it existed; finished movements are
 * history and do not move.
 */
@Component
class MovementSuccession implements SuccessionParticipant {

	private static final String RUNNING = "status in ('DRAFT', 'LAUNCHED', 'MID_TERM_REVIEWED')";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	MovementSuccession(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public List<SuccessionEffect> preview(Set<Long> ending, Set<Long> disableAccountsOf) {
		if (ending.isEmpty()) {
			return List.of();
		}
		long movements = jdbc.sql("select count(*) from movement where " + RUNNING
				+ " and (launching_unit_id in (:units) or lead_unit_id in (:units) or standing_unit_id in (:units))")
			.param("units", ending)
			.query(Long.class)
			.single();
		long participants = jdbc
			.sql("select count(*) from movement_participant p join movement m on m.id = p.movement_id" + " where m."
					+ RUNNING + " and p.unit_id in (:units)")
			.param("units", ending)
			.query(Long.class)
			.single();
		return List.of(new SuccessionEffect("reorganisation.effect.movements", movements),
				new SuccessionEffect("reorganisation.effect.participants", participants));
	}

	@Override
	public void apply(Succession succession) {
		Map<Long, Long> heirs = succession.heirs();
		for (String column : List.of("launching_unit_id", "lead_unit_id", "standing_unit_id")) {
			audit.reassign("Movement", column, "update movement set " + column + " = :to, version = version + 1"
					+ " where " + column + " = :from and " + RUNNING + " returning id", heirs);
		}
		// the heir joins; the ended unit keeps its participation for the years it existed
		for (Map.Entry<Long, Long> heir : heirs.entrySet()) {
			List<Long> joined = jdbc.sql("""
					insert into movement_participant (id, movement_id, unit_id, joined_via, joined_on, joined_by)
					select nextval('movement_participant_seq'), p.movement_id, :to, p.joined_via, :on, :by
					from movement_participant p join movement m on m.id = p.movement_id
					where m.%s and p.unit_id = :from
					on conflict (movement_id, unit_id) do nothing
					returning movement_id
					""".formatted(RUNNING))
				.param("from", heir.getKey())
				.param("to", heir.getValue())
				.param("on", succession.effectiveOn())
				.param("by", Actor.current())
				.query(Long.class)
				.list();
			audit.recordUpdates("Movement", joined, "participants", heir.getKey(), heir.getValue());
		}
	}

}
