package vn.thidua.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.UserNames;

/**
 * Who holds a role where, for the modules that route work to people, and who is behind a
 * username.
 */
@Service("userNames")
@Transactional(readOnly = true)
public class AccountDirectory implements UserNames {

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The enabled members and chair of a unit's reward board (Hội đồng TĐKT): board
	 * accounts of the unit itself and of its departments (sở, ban, ngành), whose heads
	 * sit on it.
	 */
	public List<BoardMember> board(long unitId) {
		return jdbc.sql("""
				select a.id, a.username, a.full_name, a.unit_id, a.roles like '%BOARD_CHAIR%' as chair
				from account a join unit u on u.id = a.unit_id
				where a.enabled and (a.roles like '%BOARD_MEMBER%' or a.roles like '%BOARD_CHAIR%')
				  and (u.id = :unit or (u.parent_id = :unit and u.kind = 'DEPARTMENT'))
				order by a.full_name
				""").param("unit", unitId).query(BoardMember.class).list();
	}

	/**
	 * Enabled accounts in id order after {@code afterId}, a page at a time, for work that
	 * runs over every user.
	 */
	public List<Recipient> recipients(long afterId, int limit) {
		RolesConverter roles = new RolesConverter();
		return jdbc.sql("""
				select id, username, full_name, unit_id, roles, email from account
				where enabled and id > :after order by id limit :limit
				""")
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, n) -> new Recipient(
					new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
							rs.getLong("unit_id"), roles.convertToEntityAttribute(rs.getString("roles"))),
					rs.getString("email")))
			.list();
	}

	@Override
	public Map<String, String> namesOf(Collection<? extends @Nullable String> usernames) {
		Map<String, String> names = new HashMap<>();
		List<String> distinct = usernames.stream().filter(Objects::nonNull).map(String.class::cast).distinct().toList();
		if (!distinct.isEmpty()) {
			jdbc.sql("select username, full_name from account where username in (:usernames)")
				.param("usernames", distinct)
				.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
				.list();
		}
		return names;
	}

}
