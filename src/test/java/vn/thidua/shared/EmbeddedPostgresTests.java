package vn.thidua.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.shared.database.EmbeddedPostgres;
import vn.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag(IntegrationTest.TAG)
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

	@Test
	void aSecondInstanceOnTheSameFolderRefusesToStartAndLeavesTheFirstRunning() throws Exception {
		Path data = dataDir.resolve("pgdata");
		Process first = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresHolder.class.getName(), data.toString())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			int port = readyPort(first);

			assertThatThrownBy(() -> EmbeddedPostgres.start(data, 0, false)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("in use by process " + first.pid());
			String password = Files.readString(EmbeddedPostgres.secretFile(data)).strip();
			try (Connection connection = DriverManager
				.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password)) {
				connection.createStatement()
					.execute("create table kept (name text); insert into kept values ('Vĩnh Long')");
			}

			first.destroyForcibly().waitFor();
			try (EmbeddedPostgres second = EmbeddedPostgres.start(data, 0, false);
					Connection connection = connect(second);
					ResultSet rows = connection.createStatement().executeQuery("select name from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("Vĩnh Long");
			}
		}
		finally {
			first.destroyForcibly();
		}
	}

	private static int readyPort(Process process) throws IOException {
		var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.startsWith("ready ")) {
				return Integer.parseInt(line.substring("ready ".length()).strip());
			}
		}
		throw new IllegalStateException("The first instance did not start");
	}

	private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
		return DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
	}

}
