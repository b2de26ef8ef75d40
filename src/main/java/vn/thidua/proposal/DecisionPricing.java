package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.PricedDecisions;

/**
 * The decisions issued here whose lines carry cash, for the base salary they were priced
 * at.
 */
@Component
@Transactional(readOnly = true)
class DecisionPricing implements PricedDecisions {

	private final JdbcClient jdbc;

	DecisionPricing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<LocalDate> latestPricedBetween(LocalDate from, @Nullable LocalDate before) {
		return jdbc.sql("""
				select max(p.decision_date) from award_proposal p
				where p.decision_date >= :from and (cast(:before as date) is null or p.decision_date < :before)
				  and exists (select 1 from proposal_line l where l.proposal_id = p.id and l.cash_amount is not null)
				""").param("from", from).param("before", before, java.sql.Types.DATE).query(LocalDate.class).optional();
	}

}
