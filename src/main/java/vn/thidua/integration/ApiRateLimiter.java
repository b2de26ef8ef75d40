package vn.thidua.integration;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key, in this instance's memory:
 * {@code thidua.api.requests-per-minute} requests, refilled evenly over the minute.
 */
@Component
class ApiRateLimiter {

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	ApiRateLimiter(@Value("${thidua.api.requests-per-minute:120}") int perMinute) {
		this.perMinute = perMinute;
	}

	ConsumptionProbe consume(long keyId) {
		return buckets.computeIfAbsent(keyId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

}
