package vn.thidua.support;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests of two transactions at once: one is held open between latches while the other
 * runs into it.
 */
public final class LockWaits {

	private LockWaits() {
	}

	/**
	 * Runs {@code first} in a transaction held open while {@code second}, started once
	 * {@code first} has done its work, runs into it; when {@code second} waits on a lock
	 * (or ends), commits {@code first}, then waits for {@code second}. Both run with the
	 * caller's security context; {@code first} must succeed.
	 */
	public static <T> Behind<T> secondBehindFirst(TransactionTemplate transactions, JdbcClient jdbc, Runnable first,
			Callable<T> second) throws InterruptedException, ExecutionException, TimeoutException {
		CountDownLatch done = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> held = pool
				.submit(new DelegatingSecurityContextRunnable(() -> transactions.executeWithoutResult(status -> {
					first.run();
					done.countDown();
					await(commit);
				})));
			while (!done.await(50, TimeUnit.MILLISECONDS)) {
				if (held.isDone()) {
					held.get();
				}
			}
			Future<T> behind = pool.submit(new DelegatingSecurityContextCallable<>(second));
			awaitWaitingOrDone(jdbc, behind);
			boolean waited = !behind.isDone();
			commit.countDown();
			held.get(30, TimeUnit.SECONDS);
			try {
				behind.get(30, TimeUnit.SECONDS);
			}
			catch (ExecutionException refused) {
				// the caller reads it from the outcome
			}
			return new Behind<>(behind, waited);
		}
		finally {
			commit.countDown();
			pool.shutdownNow();
		}
	}

	public static Behind<Void> secondBehindFirst(TransactionTemplate transactions, JdbcClient jdbc, Runnable first,
			Runnable second) throws InterruptedException, ExecutionException, TimeoutException {
		return secondBehindFirst(transactions, jdbc, first, () -> {
			second.run();
			return null;
		});
	}

	/**
	 * What the second transaction did ({@code outcome.get()} returns it or throws its
	 * failure) and whether it had to wait for the first to commit.
	 */
	public record Behind<T>(Future<T> outcome, boolean waited) {
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
