package vn.thidua.integration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node takes a key's tokens from its own copy of the bucket and writes to the bucket's
 * row only now and then; a small limit is counted in the row at every request.
 */
@IntegrationTest
class ApiRateLimiterTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLargeLimitIsCountedOnTheNodeBetweenWritesToTheRow() {
		var limiter = new ApiRateLimiter(dataSource, 6_000);
		long key = unusedKeyId();
		long start = System.nanoTime();

		assertThat(statementsToConsume(limiter, key, 50)).as("one or two writes of the row, not fifty")
			.isLessThanOrEqualTo(10);
		long remaining = limiter.consume(key).getRemainingTokens();
		// the bucket refills a hundred tokens a second while the test runs
		long refilled = (System.nanoTime() - start) / 10_000_000 + 1;
		assertThat(remaining).isBetween(5_900L, Math.min(5_949L + refilled, 5_999L));
	}

	@Test
	void aSmallLimitIsCountedInTheRowAtEveryRequest() {
		var limiter = new ApiRateLimiter(dataSource, 6);
		long key = unusedKeyId();

		assertThat(statementsToConsume(limiter, key, 6)).isGreaterThanOrEqualTo(12);
		assertThat(new ApiRateLimiter(dataSource, 6).consume(key).isConsumed()).as("another node sees them all")
			.isFalse();
	}

	/** Takes a token the given times, each granted, and tells the statements run. */
	private static long statementsToConsume(ApiRateLimiter limiter, long key, int times) {
		QueryCount.reset();
		for (int i = 0; i < times; i++) {
			assertThat(limiter.consume(key).isConsumed()).isTrue();
		}
		return QueryCount.total();
	}

	private long unusedKeyId() {
		return jdbc.sql("select coalesce(max(id), 0) + 1000 + floor(random() * 1000000)::bigint from api_rate_bucket")
			.query(Long.class)
			.single();
	}

}
