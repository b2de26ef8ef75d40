package vn.thidua.shared.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Connection details of an {@link EmbeddedPostgres} server.
 */
public record EmbeddedConnectionDetails(EmbeddedPostgres postgres) implements JdbcConnectionDetails {

	@Override
	public String getUsername() {
		return postgres.username();
	}

	@Override
	public String getPassword() {
		return postgres.password();
	}

	@Override
	public String getJdbcUrl() {
		return postgres.jdbcUrl("postgres");
	}

}
