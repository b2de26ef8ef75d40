package vn.thidua.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.Actor;

/**
 * Audits changes that a module makes in bulk by SQL rather than through its entities (a
 * reorganisation moving a unit's people, accounts and work in flight): one entry per
 * record, as the entity listener writes them.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs an update that moves records from each ended unit to its heir (parameters
	 * {@code :from} and {@code :to}, {@code returning id}) and audits every record it
	 * moved; returns how many.
	 */
	public int reassign(String entityType, String field, String updateReturningIds, Map<Long, Long> heirs) {
		int moved = 0;
		for (Map.Entry<Long, Long> heir : heirs.entrySet()) {
			List<Long> ids = jdbc.sql(updateReturningIds)
				.param("from", heir.getKey())
				.param("to", heir.getValue())
				.query(Long.class)
				.list();
			recordUpdates(entityType, ids, field, heir.getKey(), heir.getValue());
			moved += ids.size();
		}
		return moved;
	}

	/**
	 * Records that a field of these records changed from one value to another.
	 */
	public void recordUpdates(String entityType, List<Long> ids, String field, Object oldValue, Object newValue) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into audit_entry (actor, action, entity_type, entity_id, changes, unit_path)
				select :actor, 'UPDATE', :type, id::text,
				       jsonb_build_object(:field, jsonb_build_object('old', :old, 'new', :new)),
				       (select path from unit where id = :unit)
				from unnest(cast(:ids as bigint[])) as id
				""")
			.param("actor", Actor.current())
			.param("unit", Actor.unitId())
			.param("type", entityType)
			.param("field", field)
			.param("old", String.valueOf(oldValue))
			.param("new", String.valueOf(newValue))
			.param("ids", ids.toArray(Long[]::new))
			.update();
	}

}
