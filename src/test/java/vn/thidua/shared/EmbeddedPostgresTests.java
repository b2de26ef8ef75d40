package vn.thidua.shared;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.shared.database.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsItsDataAcrossRestarts() throws SQLException {
		try (EmbeddedPostgres first = EmbeddedPostgres.start(dataDir, 0); Connection connection = connect(first)) {
			connection.createStatement().execute("create table kept (name text); insert into kept values ('Trà Vinh')");
		}
		try (EmbeddedPostgres second = EmbeddedPostgres.start(dataDir, 0);
				Connection connection = connect(second);
				ResultSet rows = connection.createStatement().executeQuery("select name from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Trà Vinh");
		}
	}

	private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
		return DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), "");
	}

}
