package vn.thidua.proposal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.award.PersonReferences;
import vn.thidua.shared.BusinessRuleViolation;

/**
 * Proposal lines follow their person when two person records are merged; two lines of one
 * proposal for the same award would become duplicates, so such a merge is refused.
 */
@Component
class ProposalLinePeople implements PersonReferences {

	private final JdbcClient jdbc;

	ProposalLinePeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String table() {
		return "proposal_line";
	}

	@Override
	public String entity() {
		return "ProposalLine";
	}

	@Override
	public void checkMerge(long keptId, long mergedId) {
		long lines = jdbc.sql("""
				select count(*) from proposal_line a join proposal_line b
				  on b.proposal_id = a.proposal_id and b.award_type_code = a.award_type_code
				where a.person_id = ? and b.person_id = ?
				""").params(keptId, mergedId).query(Long.class).single();
		if (lines > 0) {
			throw new BusinessRuleViolation("people.merge.proposalConflict");
		}
	}

	@Override
	public List<Long> move(long fromId, long toId, @Nullable List<Long> only) {
		JdbcClient.StatementSpec update = jdbc
			.sql("update proposal_line set person_id = :to, version = version + 1 where person_id = :from"
					+ (only == null ? "" : " and id = any(:only)") + " returning id")
			.param("to", toId)
			.param("from", fromId);
		if (only != null) {
			update = update.param("only", only.toArray(Long[]::new));
		}
		return update.query(Long.class).list();
	}

}
