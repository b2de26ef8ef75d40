package vn.thidua.proposal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unguessable tokens the database gives every decision and every line (V31): a QR
 * code on the document leads to the public verification page with it.
 */
@Component
class VerificationTokens {

	private final JdbcClient jdbc;

	VerificationTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String decision(long proposalId) {
		return jdbc.sql("select verification_token from award_proposal where id = :id")
			.param("id", proposalId)
			.query(String.class)
			.single();
	}

	Map<Long, String> lines(long proposalId) {
		List<Map.Entry<Long, String>> rows = jdbc
			.sql("select id, verification_token from proposal_line where proposal_id = :id")
			.param("id", proposalId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
		return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
