package vn.thidua.integration;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key, kept in the database ({@code api_rate_bucket}, one row per key
 * locked while a request takes its token) so that every node counts against the same
 * limit: {@code thidua.api.requests-per-minute} requests, refilled evenly over the
 * minute. A key idle for longer than it takes to refill its bucket loses its row, which
 * only gives it a full bucket again. A changed limit replaces the stored one, keeping the
 * share of tokens left.
 */
@Component
class ApiRateLimiter {

	private final ProxyManager<Long> buckets;

	private final BucketConfiguration configuration;

	private final int perMinute;

	ApiRateLimiter(DataSource dataSource, @Value("${thidua.api.requests-per-minute:120}") int perMinute) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("api_rate_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.perMinute = perMinute;
		this.configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

	ConsumptionProbe consume(long keyId) {
		return buckets.builder()
			.withImplicitConfigurationReplacement(perMinute, TokensInheritanceStrategy.PROPORTIONALLY)
			.build(keyId, () -> configuration)
			.tryConsumeAndReturnRemaining(1);
	}

}
