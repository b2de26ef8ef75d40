package vn.thidua.award;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.audit.AuditTrail;
import vn.thidua.unit.Succession;
import vn.thidua.unit.SuccessionEffect;
import vn.thidua.unit.SuccessionParticipant;

/**
 * People of an ended unit now work in its heir; their award history keeps the units that
 * awarded them.
 */
@Component
class PersonSuccession implements SuccessionParticipant {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PersonSuccession(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public List<SuccessionEffect> preview(Set<Long> ending, Set<Long> disableAccountsOf) {
		return List.of(new SuccessionEffect("reorganisation.effect.people",
				ending.isEmpty() ? 0
						: jdbc.sql("select count(*) from person where unit_id in (:units)")
							.param("units", ending)
							.query(Long.class)
							.single()));
	}

	@Override
	public void apply(Succession succession) {
		audit.reassign("Person", "unitId",
				"update person set unit_id = :to, version = version + 1 where unit_id = :from returning id",
				succession.heirs());
	}

}
