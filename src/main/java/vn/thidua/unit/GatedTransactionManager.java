package vn.thidua.unit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.Actor;

/**
 * The application's transaction manager: a transaction that may write holds the
 * {@link WriteGate} shared from its start, and is refused for a signed-in user whose unit
 * a reorganisation has ended meanwhile (the request began before the plan signed them
 * out).
 */
class GatedTransactionManager extends JpaTransactionManager {

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		if (definition.isReadOnly()) {
			return;
		}
		boolean open;
		try {
			open = holdGate(DataSourceUtils.getConnection(obtainDataSource()), Actor.unitId());
		}
		catch (SQLException | RuntimeException ex) {
			abandon(transaction, definition);
			throw new CannotCreateTransactionException("Could not hold the write gate", ex);
		}
		if (!open) {
			abandon(transaction, definition);
			throw new BusinessRuleViolation("unit.actingUnitEnded");
		}
	}

	private static boolean holdGate(Connection connection, @Nullable Long unit) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select hold_write_gate(?)")) {
			if (unit == null) {
				statement.setNull(1, Types.BIGINT);
			}
			else {
				statement.setLong(1, unit);
			}
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private void abandon(Object transaction, TransactionDefinition definition) {
		try {
			doRollback(new DefaultTransactionStatus(definition.getName(), transaction, true, false, false, false, false,
					null));
		}
		finally {
			doCleanupAfterCompletion(transaction);
		}
	}

	private DataSource obtainDataSource() {
		DataSource dataSource = getDataSource();
		if (dataSource == null) {
			throw new IllegalStateException("No DataSource behind the JPA transaction manager");
		}
		return dataSource;
	}

}
