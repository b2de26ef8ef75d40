package vn.thidua.unit;

import java.sql.SQLException;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * Keeps applying a reorganisation apart from every other write. Each write transaction
 * holds the gate shared from its start ({@link GatedTransactionManager}) and goes on only
 * while the signed-in user's unit is active; applying a plan holds it alone. A write
 * therefore commits before the plan, which then carries its records to the successor, or
 * starts after it and sees the new tree.
 */
@Component
public class WriteGate {

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private final JdbcClient jdbc;

	private final Duration wait;

	WriteGate(JdbcClient jdbc, @Value("${thidua.reorganisation.write-wait:5s}") Duration wait) {
		this.jdbc = jdbc;
		this.wait = wait;
	}

	/**
	 * Waits for the writes under way to end and keeps new ones waiting until this
	 * transaction ends; refuses when a write (a large import, say) outlasts the wait.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdAlone() {
		try {
			jdbc.sql("select set_config('lock_timeout', ?, true)").param(wait.toMillis() + "ms").query().singleRow();
			jdbc.sql("select pg_advisory_xact_lock(hashtext('thidua.write-gate'))").query().singleRow();
			jdbc.sql("set local lock_timeout to default").update();
		}
		catch (DataAccessException ex) {
			if (ex.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
				throw new BusinessRuleViolation("reorganisation.writesInProgress", wait.toSeconds());
			}
			throw ex;
		}
	}

}
