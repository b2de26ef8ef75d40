package vn.thidua.integration.v1;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * Claims an Idempotency-Key for a create: the first request claims it (a concurrent twin
 * waits on the unique index until the first commits or rolls back), a repeat of the same
 * request learns the proposal it made, and the same key with another request is refused.
 */
@Component
class Idempotency {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private final JdbcClient jdbc;

	Idempotency(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The claim's id when this request is the first with the key, or the proposal an
	 * earlier identical request made.
	 */
	Claim claim(long apiKeyId, String key, Object request) {
		return claim(apiKeyId, key, request, "proposal_id");
	}

	/**
	 * The same for creating a person: the person an earlier identical request made.
	 */
	Claim claimPerson(long apiKeyId, String key, Object request) {
		return claim(apiKeyId, key, request, "person_id");
	}

	private Claim claim(long apiKeyId, String key, Object request, String madeColumn) {
		if (!KEY.matcher(key).matches()) {
			throw new InvalidField(HEADER, "api.idempotency.invalid");
		}
		String hash = hash(request.toString());
		Optional<Long> claimed = jdbc.sql("""
				insert into api_idempotency_key (api_key_id, idempotency_key, request_hash) values (?, ?, ?)
				on conflict (api_key_id, idempotency_key) do nothing returning id
				""").params(apiKeyId, key, hash).query(Long.class).optional();
		if (claimed.isPresent()) {
			return new Claim(claimed.get(), null);
		}
		var earlier = jdbc
			.sql("select request_hash, " + madeColumn
					+ " from api_idempotency_key where api_key_id = ? and idempotency_key = ?")
			.params(apiKeyId, key)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
			.single();
		if (!hash.equals(earlier[0])) {
			throw new BusinessRuleViolation("api.idempotency.reused");
		}
		return new Claim(null, (Long) earlier[1]);
	}

	void madePerson(Claim claim, long personId) {
		jdbc.sql("update api_idempotency_key set person_id = ? where id = ?").params(personId, claim.id()).update();
	}

	void made(Claim claim, long proposalId) {
		jdbc.sql("update api_idempotency_key set proposal_id = ? where id = ?").params(proposalId, claim.id()).update();
	}

	private static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Either a fresh claim (its id) or the proposal an identical earlier request made.
	 */
	record Claim(@Nullable Long id, @Nullable Long replayOf) {

		boolean isReplay() {
			return replayOf != null;
		}

	}

}
