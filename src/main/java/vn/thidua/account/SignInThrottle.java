package vn.thidua.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allows at most {@value #MAX_ATTEMPTS} password checks in a row for one username from
 * one source: each check takes an attempt in one atomic statement before the password is
 * compared, so simultaneous guesses never get past the limit. The fifth failure locks the
 * pair for 15 minutes, doubling with each further lock-out up to a day; a success or an
 * administrator's unlock clears it.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class SignInThrottle {

	static final int MAX_ATTEMPTS = 5;

	static final Duration FIRST_LOCK = Duration.ofMinutes(15);

	static final Duration LONGEST_LOCK = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes one attempt; false when the pair is locked or has no attempt left.
	 */
	boolean tryAcquire(String username, String source) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into sign_in_throttle (username, source, last_attempt_at) values (:username, :source, :now)
				on conflict (username, source) do update
				set lockouts = case when sign_in_throttle.last_attempt_at < :forgotten then 0
				                    else sign_in_throttle.lockouts end,
				    attempts = case when sign_in_throttle.locked_until <= :now
				                         or sign_in_throttle.last_attempt_at < :forgotten then 0
				                    else sign_in_throttle.attempts end,
				    locked_until = case when sign_in_throttle.locked_until <= :now then null
				                        else sign_in_throttle.locked_until end
				""")
			.param("username", key(username))
			.param("source", source)
			.param("now", java.sql.Timestamp.from(now))
			.param("forgotten", java.sql.Timestamp.from(now.minus(LONGEST_LOCK)))
			.update();
		return jdbc.sql("""
				update sign_in_throttle set attempts = attempts + 1, last_attempt_at = :now
				where username = :username and source = :source and locked_until is null and attempts < :max
				""")
			.param("username", key(username))
			.param("source", source)
			.param("now", java.sql.Timestamp.from(now))
			.param("max", MAX_ATTEMPTS)
			.update() == 1;
	}

	void failed(String username, String source) {
		jdbc.sql(
				"""
						update sign_in_throttle
						set locked_until = cast(:now as timestamptz) + least(:first * power(2, lockouts), :longest) * interval '1 second',
						    lockouts = lockouts + 1, attempts = 0
						where username = :username and source = :source and attempts >= :max and locked_until is null
						""")
			.param("username", key(username))
			.param("source", source)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("first", FIRST_LOCK.toSeconds())
			.param("longest", LONGEST_LOCK.toSeconds())
			.param("max", MAX_ATTEMPTS)
			.update();
	}

	void succeeded(String username, String source) {
		jdbc.sql("delete from sign_in_throttle where username = :username and source = :source")
			.param("username", key(username))
			.param("source", source)
			.update();
	}

	/**
	 * Unlocks a username from every source, forgetting its failed attempts; whether a
	 * lock was in force.
	 */
	boolean unlock(String username) {
		return jdbc.sql("delete from sign_in_throttle where username = :username returning locked_until > :now")
			.param("username", key(username))
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.list()
			.contains(Boolean.TRUE);
	}

	private static String key(String username) {
		String key = username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 200 ? key.substring(0, 200) : key;
	}

}
