package vn.thidua.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.integration.ApiKeyManagement.ApiCaller;
import vn.thidua.shared.security.CurrentUser;

/**
 * Authenticates every API request: one indexed read of the key by its prefix and, at most
 * once a minute per key, a note of its use. Plain statements outside a transaction: a JPA
 * transaction around them cost more than the read itself, on every request.
 */
@Component
class ApiKeyAuthentication {

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiKeyAuthentication(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The caller of a presented key, or empty when the key is malformed, unknown or
	 * revoked.
	 */
	Optional<ApiCaller> authenticate(String presented) {
		String[] parts = presented.split("_", 3);
		if (parts.length != 3 || !ApiKeyManagement.SCHEME.equals(parts[0])) {
			return Optional.empty();
		}
		byte[] hash = ApiKeyManagement.sha256(presented).getBytes(StandardCharsets.US_ASCII);
		Optional<StoredKey> found = jdbc.sql(
				"select id, name, unit_id, access, secret_hash, revoked_at, last_used_at from api_key where prefix = ?")
			.param(parts[1])
			.query((rs, row) -> new StoredKey(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
					ApiAccess.valueOf(rs.getString("access")), rs.getString("secret_hash"),
					rs.getObject("revoked_at") != null, instant(rs.getObject("last_used_at", OffsetDateTime.class))))
			.optional()
			.filter(key -> MessageDigest.isEqual(hash, key.secretHash().getBytes(StandardCharsets.US_ASCII)))
			.filter(key -> !key.revoked());
		found.ifPresent(this::touch);
		return found.map(key -> new ApiCaller(key.id(), key.access(),
				new CurrentUser(-key.id(), key.actorName(), key.actorName(), key.unitId(), key.access().roles())));
	}

	private void touch(StoredKey key) {
		Instant now = clock.instant();
		Instant since = now.minus(TOUCH_INTERVAL);
		if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(since)) {
			jdbc.sql("update api_key set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
				.params(now.atOffset(ZoneOffset.UTC), key.id(), since.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private record StoredKey(long id, String name, long unitId, ApiAccess access, String secretHash, boolean revoked,
			@Nullable Instant lastUsedAt) {

		String actorName() {
			return ApiKey.actorName(name);
		}

	}

}
