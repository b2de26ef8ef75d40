package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a unit's titles of the year against the quotas in force for its scope. Each side
 * of a quota (the titles it limits and its basis) counts two things:
 * <ul>
 * <li><b>awarded</b>: the registry's records of that type and year, not revoked, whose
 * subject belonged, when awarded, to the unit or a unit below it (its subtree, inherited
 * units included);</li>
 * <li><b>proposed</b>: the lines of that type in the unit's own proposals of the year —
 * the proposal at hand and the others already sent (drafts are not commitments) — that
 * the chair did not reject or defer, and that have not yet become a registry record (a
 * line written into the registry is counted once, as a record; if that record was
 * revoked, not at all).</li>
 * </ul>
 * Where quotas of several scopes limit the same type, the one of the nearest scope (the
 * deepest unit) applies.
 */
@Component
class Quotas {

	private record Quota(long id, String awardType, @Nullable String basisType, @Nullable BigDecimal ratio,
			@Nullable Integer maxCount, int minCount, String rounding, String severity, String legalSource) {

		QuotaTerms terms() {
			return new QuotaTerms(basisType, ratio, maxCount, minCount, QuotaRounding.valueOf(rounding));
		}

	}

	private final JdbcClient jdbc;

	Quotas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The quotas that limit a type the unit proposes this year, as the proposal at hand
	 * sees them.
	 */
	List<QuotaUse> use(Proposal proposal, LocalDate on) {
		return uses(proposal.getProposingUnitId(), proposal.getYear(), proposal.getId(), on, true);
	}

	/**
	 * Holds the proposing unit's count of the year until the transaction ends
	 * (PostgreSQL's transaction-level advisory lock on the unit and year): two of its
	 * proposals sent at once are counted one after the other, so both cannot take the
	 * last place.
	 */
	void holdCount(Proposal proposal) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)")
			.params(Math.toIntExact(proposal.getProposingUnitId()), proposal.getYear())
			.query()
			.singleRow();
	}

	/**
	 * Every quota in force for the unit on the day, with the unit's titles of the year:
	 * the registry's and those of its proposals already sent.
	 */
	List<QuotaUse> calculate(long unitId, int year, LocalDate on) {
		return uses(unitId, year, null, on, false);
	}

	List<QuotaUse> uses(long unitId, int year, @Nullable Long proposalId, LocalDate on, boolean proposedOnly) {
		List<Quota> quotas = inForce(unitId, on);
		if (quotas.isEmpty()) {
			return List.of();
		}
		Set<String> types = new TreeSet<>();
		quotas.forEach(quota -> {
			types.add(quota.awardType());
			if (quota.basisType() != null) {
				types.add(quota.basisType());
			}
		});
		Map<String, Integer> awarded = awarded(unitId, year, types);
		Map<String, Integer> proposed = proposed(unitId, year, proposalId, types);
		return quotas.stream()
			.filter(quota -> !proposedOnly || proposed.getOrDefault(quota.awardType(), 0) > 0)
			.map(quota -> new QuotaUse(quota.id(), quota.awardType(), quota.terms(),
					QuotaSeverity.valueOf(quota.severity()), quota.legalSource(),
					awarded.getOrDefault(quota.awardType(), 0), proposed.getOrDefault(quota.awardType(), 0),
					quota.basisType() == null ? 0 : awarded.getOrDefault(quota.basisType(), 0),
					quota.basisType() == null ? 0 : proposed.getOrDefault(quota.basisType(), 0)))
			.toList();
	}

	/**
	 * The quotas in force on the day for the unit's scope, one per type: the nearest
	 * scope's.
	 */
	private List<Quota> inForce(long unitId, LocalDate on) {
		List<Quota> all = jdbc
			.sql("""
					select q.id, q.award_type_code as award_type, q.basis_type_code as basis_type, q.ratio, q.max_count,
					       q.min_count, q.rounding, q.severity, q.legal_source
					from award_quota q left join unit s on s.id = q.scope_unit_id
					where q.effective_from <= :on and (q.effective_to is null or q.effective_to >= :on)
					  and (q.scope_unit_id is null
					       or exists (select 1 from unit_scope(q.scope_unit_id) scope_roots(root_path) where unit_in_subtree((select u.path from unit u where u.id = :unit), root_path)))
					order by coalesce(length(s.path), 0) desc, q.id
					""")
			.param("on", on)
			.param("unit", unitId)
			.query(Quota.class)
			.list();
		Map<String, Quota> nearest = new LinkedHashMap<>();
		all.forEach(quota -> nearest.putIfAbsent(quota.awardType(), quota));
		return List.copyOf(nearest.values());
	}

	private Map<String, Integer> awarded(long unitId, int year, Set<String> types) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select c.award_type_code, sum(c.n) from award_count c
				where c.grain = 'A' and c.period_start = make_date(:year, 1, 1) and c.award_type_code in (:types)
				  and c.unit_id in (select id from unit_scope_units(:unit))
				group by c.award_type_code
				""")
			.param("types", types)
			.param("year", year)
			.param("unit", unitId)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

	private Map<String, Integer> proposed(long unitId, int year, @Nullable Long proposalId, Set<String> types) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select l.award_type_code, count(*) from proposal_line l join award_proposal p on p.id = l.proposal_id
				where p.proposing_unit_id = :unit and p.year = :year and (p.id = :id or p.status <> 'DRAFT')
				  and l.award_type_code in (:types)
				  and (l.decision is null or l.decision = 'APPROVED') and l.award_record_id is null
				group by l.award_type_code
				""")
			.param("unit", unitId)
			.param("year", year)
			.param("id", proposalId == null ? -1L : proposalId)
			.param("types", types)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

}
