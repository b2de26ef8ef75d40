package vn.thidua.proposal;

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
 * Proposals in flight carry on under the heirs, as proposing and as deciding unit, so the
 * successor's office can take every step its predecessor could; their lines follow the
 * people and collectives they name. Awarded proposals are history and do not move.
 */
@Component
class ProposalSuccession implements SuccessionParticipant {

	private static final String IN_FLIGHT = "status <> 'AWARDED'";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ProposalSuccession(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public List<SuccessionEffect> preview(Set<Long> ending, Set<Long> disableAccountsOf) {
		if (ending.isEmpty()) {
			return List.of();
		}
		return List.of(
				new SuccessionEffect("reorganisation.effect.proposalsProposing",
						count("proposing_unit_id in (:units)", ending)),
				new SuccessionEffect("reorganisation.effect.proposalsDeciding",
						count("deciding_unit_id in (:units)", ending)));
	}

	private long count(String condition, Set<Long> units) {
		return jdbc.sql("select count(*) from award_proposal where " + IN_FLIGHT + " and " + condition)
			.param("units", units)
			.query(Long.class)
			.single();
	}

	@Override
	public void apply(Succession succession) {
		Map<Long, Long> heirs = succession.heirs();
		for (String column : List.of("proposing_unit_id", "deciding_unit_id")) {
			audit.reassign("Proposal", column, "update award_proposal set " + column
					+ " = :to, version = version + 1 where " + column + " = :from and " + IN_FLIGHT + " returning id",
					heirs);
		}
		audit.reassign("ProposalLine", "unitId", """
				update proposal_line l set unit_id = :to, version = l.version + 1 from award_proposal p
				where p.id = l.proposal_id and p.%s and l.unit_id = :from
				  and (l.person_id is not null or not exists (select 1 from proposal_line o
				       where o.proposal_id = l.proposal_id and o.person_id is null and o.unit_id = :to
				         and o.award_type_code = l.award_type_code))
				returning l.id
				""".formatted(IN_FLIGHT), heirs);
	}

}
