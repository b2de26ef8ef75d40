package vn.thidua.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.thidua.integration.ApiKeyManagement.ApiCaller;
import vn.thidua.shared.security.CurrentUser;

/**
 * Authenticates every API request by the key's stored hash and, at most once a minute per
 * key, notes its use. A known key is kept for a few seconds
 * ({@code thidua.api.key-cache}), so that a busy integration's requests do not each read
 * it: revoking it or moving it to an heir forgets it on this instance as soon as that
 * commits, and other instances stop accepting it within that time. Plain statements
 * outside a transaction: a JPA transaction around them cost more than the read itself.
 */
@Component
class ApiKeyAuthentication {

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cache<String, StoredKey> known;

	ApiKeyAuthentication(JdbcClient jdbc, Clock clock, @Value("${thidua.api.key-cache}") Duration keptFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.known = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(10_000).build();
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
		Optional<StoredKey> found = Optional.ofNullable(known.get(parts[1], this::load))
			.filter(key -> MessageDigest.isEqual(hash, key.secretHash().getBytes(StandardCharsets.US_ASCII)))
			.filter(key -> !key.revoked());
		found.ifPresent(this::touch);
		return found.map(key -> new ApiCaller(key.id(), key.access(),
				new CurrentUser(-key.id(), key.actorName(), key.actorName(), key.unitId(), key.access().roles())));
	}

	/**
	 * Forgets every key once the current transaction commits (at once outside one): a key
	 * revoked or given to an heir is read again by its next request.
	 */
	void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					known.invalidateAll();
				}

			});
		}
		else {
			known.invalidateAll();
		}
	}

	private @Nullable StoredKey load(String prefix) {
		return jdbc.sql(
				"select id, name, unit_id, access, secret_hash, revoked_at, last_used_at from api_key where prefix = ?")
			.param(prefix)
			.query((rs, row) -> new StoredKey(rs.getLong("id"), prefix, rs.getString("name"), rs.getLong("unit_id"),
					ApiAccess.valueOf(rs.getString("access")), rs.getString("secret_hash"),
					rs.getObject("revoked_at") != null, instant(rs.getObject("last_used_at", OffsetDateTime.class))))
			.optional()
			.orElse(null);
	}

	private void touch(StoredKey key) {
		Instant now = clock.instant();
		Instant since = now.minus(TOUCH_INTERVAL);
		if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(since)) {
			jdbc.sql("update api_key set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
				.params(now.atOffset(ZoneOffset.UTC), key.id(), since.atOffset(ZoneOffset.UTC))
				.update();
			known.asMap().computeIfPresent(key.prefix(), (prefix, kept) -> kept.usedAt(now));
		}
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private record StoredKey(long id, String prefix, String name, long unitId, ApiAccess access, String secretHash,
			boolean revoked, @Nullable Instant lastUsedAt) {

		StoredKey usedAt(Instant time) {
			return new StoredKey(id, prefix, name, unitId, access, secretHash, revoked, time);
		}

		String actorName() {
			return ApiKey.actorName(name);
		}

	}

}
