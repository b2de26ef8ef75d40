package vn.thidua.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests of two transactions at once: one is held open between latches while the other
 * runs into it.
 */
public final class LockWaits {

	private LockWaits() {
	}

	/**
	 * Waits until the task ends or a statement of this database waits for a lock (a row,
	 * a transaction, an advisory lock), at most ten seconds.
	 */
	public static void awaitWaitingOrDone(JdbcClient jdbc, Future<?> task) throws InterruptedException {
		for (int i = 0; i < 200 && !task.isDone(); i++) {
			if (jdbc.sql("""
					select count(*) > 0 from pg_stat_activity
					where datname = current_database() and wait_event_type = 'Lock'
					""").query(Boolean.class).single()) {
				return;
			}
			Thread.sleep(50);
		}
	}

	/**
	 * Waits for the latch, failing the test after thirty seconds.
	 */
	public static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).as("latch released").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
