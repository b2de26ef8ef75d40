package vn.thidua.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.shared.due.DueItem;
import vn.thidua.shared.due.DueItemSource;
import vn.thidua.shared.due.DueKind;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * What open reviews ask of a user before their deadline: the scores the year's leader
 * unit enters, and the self-assessment a member unit fills (or fixes, when the leader
 * returned a criterion). Deadlines more than a year past are no longer chased.
 */
@Component
class ClusterDueItems implements DueItemSource {

	private static final int SOON_DAYS = 14;

	private static final String REVIEW = """
			select r.id, r.period, r.deadline, cy.year, c.name as cluster_name, u.name as unit_name, %s as kind
			from review r join cluster_year cy on cy.id = r.cluster_year_id join cluster c on c.id = cy.cluster_id
			""";

	private static final String WINDOW = """
			 r.status = 'OPEN' and r.deadline between :from and :soon
			order by r.deadline, r.id limit :limit
			""";

	private static final String SELF = "select 1 from self_assessment s where s.review_id = r.id and s.unit_id = :me";

	private static final String SCORING = "(" + REVIEW.formatted("'" + DueKind.REVIEW_SCORING + "'") + """
			join unit u on u.id = cy.leader_unit_id
			where cy.leader_unit_id = :me and""" + WINDOW + ")";

	private static final String SELF_ASSESSMENT = "("
			+ REVIEW.formatted("case when exists (" + SELF + " and s.returned) then '"
					+ DueKind.SELF_ASSESSMENT_RETURNED + "' else '" + DueKind.SELF_ASSESSMENT + "' end")
			+ """
					join cluster_member cm on cm.cluster_year_id = cy.id join unit u on u.id = cm.unit_id
					where cm.unit_id = :me
					  and (not exists (""" + SELF + ") or exists (" + SELF + " and s.returned)) and" + WINDOW + ")";

	private final JdbcClient jdbc;

	ClusterDueItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The reviews to score and those to self-assess, in one statement.
	 */
	@Override
	public List<DueItem> dueItems(CurrentUser user, LocalDate today, int limit) {
		boolean leader = user.has(Role.CLUSTER_LEADER) || user.has(Role.OFFICER);
		List<String> branches = new ArrayList<>();
		if (leader) {
			branches.add(SCORING);
		}
		if (leader || user.has(Role.UNIT_REPORTER)) {
			branches.add(SELF_ASSESSMENT);
		}
		if (branches.isEmpty()) {
			return List.of();
		}
		List<DueItem> items = jdbc.sql("select * from (" + String.join(" union all ", branches) + ") due")
			.params(window(user, today, limit))
			.query((rs, n) -> item(rs, DueKind.valueOf(rs.getString("kind")), user))
			.list();
		return DueItem.soonestFirst(items, limit);
	}

	private static Map<String, Object> window(CurrentUser user, LocalDate today, int limit) {
		return Map.of("me", user.unitId(), "from", today.minusYears(1), "soon", today.plusDays(SOON_DAYS), "limit",
				limit);
	}

	private static DueItem item(ResultSet rs, DueKind kind, CurrentUser user) throws SQLException {
		long id = rs.getLong("id");
		boolean scoring = kind == DueKind.REVIEW_SCORING;
		return new DueItem(kind, kind + ":" + id + (scoring ? "" : ":" + user.unitId()), rs.getString("cluster_name"),
				"ReviewOfYear." + rs.getString("period"), rs.getInt("year"), rs.getString("unit_name"),
				rs.getObject("deadline", LocalDate.class), "/reviews/" + id + (scoring ? "" : "/self-assessment"));
	}

}
