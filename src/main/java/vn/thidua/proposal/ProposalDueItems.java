package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.due.DueItem;
import vn.thidua.shared.due.DueItemSource;
import vn.thidua.shared.due.DueKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * What proposals ask of a user: the reward office's appraisal, publication ending, board
 * session, issue and filing; the chair's decision; a board member's ballot in an open
 * session; and the proposing unit's returned proposals to fix.
 */
@Component
@Transactional(readOnly = true)
class ProposalDueItems implements DueItemSource {

	private static final Map<ProposalStatus, DueKind> OFFICE = Map.of(ProposalStatus.SUBMITTED, DueKind.APPRAISAL,
			ProposalStatus.IN_APPRAISAL, DueKind.APPRAISAL, ProposalStatus.PUBLISHED, DueKind.PUBLICATION_ENDING,
			ProposalStatus.VOTING, DueKind.BOARD_SESSION, ProposalStatus.DECIDED, DueKind.ISSUE, ProposalStatus.ISSUED,
			DueKind.FILING, ProposalStatus.FORWARDED, DueKind.FILING);

	private static final Map<ProposalStatus, DueKind> CHAIR = Map.of(ProposalStatus.VOTED, DueKind.DECISION,
			ProposalStatus.DECIDED, DueKind.ISSUE);

	private final ProposalQueries queries;

	private final JdbcClient jdbc;

	ProposalDueItems(ProposalQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	@Override
	public List<DueItem> dueItems(CurrentUser user, LocalDate today, int limit) {
		List<DueItem> items = new ArrayList<>();
		Set<ProposalStatus> statuses = EnumSet.noneOf(ProposalStatus.class);
		if (user.has(Role.OFFICER)) {
			statuses.addAll(OFFICE.keySet());
		}
		if (user.has(Role.BOARD_CHAIR)) {
			statuses.addAll(CHAIR.keySet());
		}
		for (ProposalRow row : queries.awaiting(statuses, limit, user)) {
			DueKind kind = user.has(Role.OFFICER) && OFFICE.containsKey(row.status()) ? OFFICE.get(row.status())
					: CHAIR.get(row.status());
			LocalDate due = kind == DueKind.PUBLICATION_ENDING ? row.publishedUntil() : null;
			items.add(DueItem.of(kind, kind + ":" + row.id(), row.title(), row.proposingUnit(), due,
					"/proposals/" + row.id()));
		}
		if (user.has(Role.BOARD_MEMBER) || user.has(Role.BOARD_CHAIR)) {
			items.addAll(ballots(user, limit));
		}
		if (user.has(Role.OFFICER)) {
			items.addAll(returned(user, limit));
		}
		return DueItem.soonestFirst(items, limit);
	}

	private List<DueItem> ballots(CurrentUser user, int limit) {
		return jdbc.sql("""
				select p.id, p.title, pu.name, s.id as session_id
				from board_attendance a join board_session s on s.id = a.session_id and s.closed_at is null
				join award_proposal p on p.id = s.proposal_id join unit pu on pu.id = p.proposing_unit_id
				where a.account_id = :account and a.voted_at is null
				order by s.id limit :limit
				""")
			.param("account", user.accountId())
			.param("limit", limit)
			.query((rs, n) -> DueItem.of(DueKind.VOTE, DueKind.VOTE + ":" + rs.getLong(1) + ":" + rs.getLong(4),
					rs.getString(2), rs.getString(3), null, "/proposals/" + rs.getLong(1) + "/board"))
			.list();
	}

	private List<DueItem> returned(CurrentUser user, int limit) {
		return jdbc.sql("""
				select p.id, p.title, pu.name, (select count(*) from proposal_event e where e.proposal_id = p.id)
				from award_proposal p join unit pu on pu.id = p.proposing_unit_id
				where p.proposing_unit_id = :me and p.status = 'RETURNED'
				order by p.id limit :limit
				""")
			.param("me", user.unitId())
			.param("limit", limit)
			.query((rs, n) -> DueItem.of(DueKind.PROPOSAL_RETURNED,
					DueKind.PROPOSAL_RETURNED + ":" + rs.getLong(1) + ":" + rs.getLong(4), rs.getString(2),
					rs.getString(3), null, "/proposals/" + rs.getLong(1)))
			.list();
	}

}
