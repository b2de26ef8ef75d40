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

		QueryCount.reset();
		for (int i = 0; i < 50; i++) {
			assertThat(limiter.consume(key).isConsumed()).isTrue();
		}

		assertThat(QueryCount.total()).as("one or two writes of the row, not fifty").isLessThanOrEqualTo(10);
		assertThat(limiter.consume(key).getRemainingTokens()).isBetween(5_900L, 5_949L);
	}

	@Test
	void aSmallLimitIsCountedInTheRowAtEveryRequest() {
		var limiter = new ApiRateLimiter(dataSource, 6);
		long key = unusedKeyId();

		QueryCount.reset();
		for (int i = 0; i < 6; i++) {
			assertThat(limiter.consume(key).isConsumed()).isTrue();
		}

		assertThat(QueryCount.total()).isGreaterThanOrEqualTo(12);
		assertThat(new ApiRateLimiter(dataSource, 6).consume(key).isConsumed()).as("another node sees them all")
			.isFalse();
	}

	private long unusedKeyId() {
		return jdbc.sql("select coalesce(max(id), 0) + 1000 + floor(random() * 1000000)::bigint from api_rate_bucket")
			.query(Long.class)
			.single();
	}

}
