package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public verification page may confirm about an issued decision or one of its
 * certificates, found by the token of its QR code: the decision's number and date, the
 * body that issued it, and each award with its recipient's name — nothing more — and
 * whether an award was revoked. Anyone may ask; an unknown token finds nothing.
 */
@Service
@Transactional(readOnly = true)
public class PublicVerification {

	/** The tokens V31 makes: 32 hexadecimal digits. */
	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");

	private static final String AWARDS = """
			select p.decision_number, p.decision_date, p.decision_authority, l.subject_name, l.award_type_code,
			       coalesce(r.revoked, false) as revoked
			from proposal_line l
			join award_proposal p on p.id = l.proposal_id
			left join award_record r on r.id = l.award_record_id
			where p.status in ('ISSUED', 'AWARDED') and l.decision = 'APPROVED' and p.decision_number is not null
			""";

	private final JdbcClient jdbc;

	PublicVerification(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The certificate (one line) or the decision (all its approved lines) of this token.
	 */
	public Optional<VerifiedDocument> find(String token) {
		if (!TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		List<Row> rows = rows(AWARDS + " and l.verification_token = :token", token);
		boolean certificate = !rows.isEmpty();
		if (!certificate) {
			rows = rows(AWARDS + " and p.verification_token = :token order by (l.person_id is not null), l.id", token);
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row first = rows.getFirst();
		return Optional.of(new VerifiedDocument(certificate, first.number(), first.date(), first.issuer(),
				rows.stream().map(row -> new VerifiedAward(row.name(), row.awardTypeCode(), row.revoked())).toList()));
	}

	private List<Row> rows(String sql, String token) {
		return jdbc.sql(sql)
			.param("token", token)
			.query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	private record Row(String number, LocalDate date, String issuer, String name, String awardTypeCode,
			boolean revoked) {
	}

	/**
	 * A decision, or one certificate of it ({@code certificate}), as the public page
	 * confirms it.
	 */
	public record VerifiedDocument(boolean certificate, String number, LocalDate date, String issuer,
			List<VerifiedAward> awards) {
	}

	public record VerifiedAward(String name, String awardTypeCode, boolean revoked) {
	}

}
