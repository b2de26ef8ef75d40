package vn.thidua.account;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role where, for the modules that route work to people.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

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

}
