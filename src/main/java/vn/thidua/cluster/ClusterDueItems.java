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
			select r.id, r.period, r.deadline, cy.year, c.name as cluster_name, u.name as unit_name%s
			from review r join cluster_year cy on cy.id = r.cluster_year_id join cluster c on c.id = cy.cluster_id
			""";

	private static final String WINDOW = """
			 r.status = 'OPEN' and r.deadline between :from and :soon
			order by r.deadline, r.id limit :limit
			""";

	private static final String SELF = "select 1 from self_assessment s where s.review_id = r.id and s.unit_id = :me";

	private final JdbcClient jdbc;

	ClusterDueItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DueItem> dueItems(CurrentUser user, LocalDate today, int limit) {
		boolean leader = user.has(Role.CLUSTER_LEADER) || user.has(Role.OFFICER);
		List<DueItem> items = new ArrayList<>();
		if (leader) {
			items.addAll(jdbc.sql(REVIEW.formatted("") + """
					join unit u on u.id = cy.leader_unit_id
					where cy.leader_unit_id = :me and""" + WINDOW)
				.params(window(user, today, limit))
				.query((rs, n) -> item(rs, DueKind.REVIEW_SCORING, "", ""))
				.list());
		}
		if (leader || user.has(Role.UNIT_REPORTER)) {
			items.addAll(jdbc.sql(REVIEW.formatted(", exists (" + SELF + " and s.returned) as returned") + """
					join cluster_member cm on cm.cluster_year_id = cy.id join unit u on u.id = cm.unit_id
					where cm.unit_id = :me
					  and (not exists (""" + SELF + ") or exists (" + SELF + " and s.returned)) and" + WINDOW)
				.params(window(user, today, limit))
				.query((rs, n) -> item(rs,
						rs.getBoolean("returned") ? DueKind.SELF_ASSESSMENT_RETURNED : DueKind.SELF_ASSESSMENT,
						":" + user.unitId(), "/self-assessment"))
				.list());
		}
		return DueItem.soonestFirst(items, limit);
	}

	private static Map<String, Object> window(CurrentUser user, LocalDate today, int limit) {
		return Map.of("me", user.unitId(), "from", today.minusYears(1), "soon", today.plusDays(SOON_DAYS), "limit",
				limit);
	}

	private static DueItem item(ResultSet rs, DueKind kind, String keySuffix, String page) throws SQLException {
		long id = rs.getLong("id");
		return new DueItem(kind, kind + ":" + id + keySuffix, rs.getString("cluster_name"),
				"ReviewOfYear." + rs.getString("period"), rs.getInt("year"), rs.getString("unit_name"),
				rs.getObject("deadline", LocalDate.class), "/reviews/" + id + page);
	}

}
