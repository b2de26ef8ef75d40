package vn.thidua.award;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award authorities as stored (table {@code award_authority}), read whole: the table
 * holds a few dozen rows.
 */
@Service
@Transactional(readOnly = true)
public class AwardAuthorities {

	private final JdbcClient jdbc;

	AwardAuthorities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public AuthorityBook book() {
		return new AuthorityBook(jdbc
			.sql("""
					select award_type_code as award_type, unit_kind, upper_authority, effective_from, effective_to, legal_source
					from award_authority order by award_type_code, effective_from, id
					""")
			.query(AwardAuthority.class)
			.list());
	}

}
