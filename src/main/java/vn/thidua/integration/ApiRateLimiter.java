package vn.thidua.integration;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
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
 * <p>
 * A node takes a key's tokens from its own copy of the bucket and writes what it took to
 * the row at least every second, or once it has taken a hundredth of the limit: a row
 * locked and written for every request cost three database round trips, a sixth of an API
 * request. A node may therefore let through a hundredth of the limit more than the limit;
 * under 100 requests a minute every request is counted in the row at once.
 */
@Component
class ApiRateLimiter {

	private final ProxyManager<Long> buckets;

	private final BucketConfiguration configuration;

	private final int perMinute;

	/** The nodes' copies of the buckets in use. */
	private final Cache<Long, Bucket> inUse = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(2))
		.maximumSize(10_000)
		.build();

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
		return inUse.get(keyId, this::bucket).tryConsumeAndReturnRemaining(1);
	}

	private Bucket bucket(long keyId) {
		var builder = buckets.builder()
			.withImplicitConfigurationReplacement(perMinute, TokensInheritanceStrategy.PROPORTIONALLY);
		if (perMinute >= 100) {
			builder = builder
				.withOptimization(Optimizations.delaying(new DelayParameters(perMinute / 100, Duration.ofSeconds(1))));
		}
		return builder.build(keyId, () -> configuration);
	}

}
