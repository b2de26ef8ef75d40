package vn.thidua.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a unit's lines of the year across the proposal at hand and its other proposals
 * already sent (drafts are not commitments; lines the chair rejected or deferred do not
 * count) against the quotas in force for the unit's scope.
 */
@Component
class Quotas {

	private record Quota(String awardType, @Nullable String basisType, @Nullable BigDecimal ratio,
			@Nullable Integer maxCount, int minCount, String legalSource) {
	}

	private final JdbcClient jdbc;

	Quotas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<QuotaUse> use(Proposal proposal, LocalDate on) {
		List<Quota> quotas = jdbc.sql("""
				select q.award_type_code as award_type, q.basis_type_code as basis_type, q.ratio, q.max_count,
				       q.min_count, q.legal_source
				from award_quota q
				where q.effective_from <= :on and (q.effective_to is null or q.effective_to >= :on)
				  and (q.scope_unit_id is null or exists (select 1 from unit s, unit u
				       where s.id = q.scope_unit_id and u.id = :unit and u.path like s.path || '%'))
				order by q.id
				""").param("on", on).param("unit", proposal.getProposingUnitId()).query(Quota.class).list();
		if (quotas.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select l.award_type_code, count(*) from proposal_line l join award_proposal p on p.id = l.proposal_id
				where p.proposing_unit_id = :unit and p.year = :year and (p.id = :id or p.status <> 'DRAFT')
				  and (l.decision is null or l.decision = 'APPROVED')
				group by l.award_type_code
				""")
			.param("unit", proposal.getProposingUnitId())
			.param("year", proposal.getYear())
			.param("id", proposal.getId())
			.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return quotas.stream()
			.filter(quota -> counts.containsKey(quota.awardType()))
			.map(quota -> use(quota, counts))
			.toList();
	}

	private static QuotaUse use(Quota quota, Map<String, Integer> counts) {
		int used = counts.getOrDefault(quota.awardType(), 0);
		if (quota.basisType() == null) {
			return new QuotaUse(quota.awardType(), null, null, 0, used, Objects.requireNonNull(quota.maxCount()),
					quota.legalSource());
		}
		int basis = counts.getOrDefault(quota.basisType(), 0);
		int share = Objects.requireNonNull(quota.ratio())
			.multiply(BigDecimal.valueOf(basis))
			.setScale(0, RoundingMode.FLOOR)
			.intValue();
		int limit = Math.max(quota.minCount(), quota.maxCount() == null ? share : Math.min(share, quota.maxCount()));
		return new QuotaUse(quota.awardType(), quota.basisType(), quota.ratio(), basis, used, limit,
				quota.legalSource());
	}

}
