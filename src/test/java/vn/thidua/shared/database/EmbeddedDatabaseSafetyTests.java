package vn.thidua.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Tag;
import vn.thidua.support.IntegrationTest;

/**
 * The embedded database is password-protected, upgrades the trust-mode folders of earlier
 * versions, and backs up and restores.
 */
@Tag(IntegrationTest.TAG)
class EmbeddedDatabaseSafetyTests {

	private static final String OLD_TRUST_HBA = """
			local   all             all                                     trust
			host    all             all             127.0.0.1/32            trust
			host    all             all             ::1/128                 trust
			local   replication     all                                     trust
			host    replication     all             127.0.0.1/32            trust
			host    replication     all             ::1/128                 trust
			""";

	@TempDir
	Path home;

	@Test
	void aConnectionWithoutThePasswordIsRefusedAndTheServerListensOnTheLoopbackOnly() throws Exception {
		Path data = home.resolve("pgdata");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0, false)) {
			assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", ""))
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "wrong"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");

			try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
				assertThat(single(statement, "show listen_addresses")).isEqualTo("127.0.0.1");
				assertThat(single(statement, "select rolpassword from pg_authid where rolname = 'postgres'"))
					.startsWith("SCRAM-SHA-256$");
			}
		}
		Path secret = EmbeddedPostgres.secretFile(data);
		assertThat(secret).isEqualTo(home.resolve("pgdata.password"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
		String password = Files.readString(secret).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(40);

		try (EmbeddedPostgres again = EmbeddedPostgres.start(data, 0, false)) {
			assertThat(again.password()).isEqualTo(password);
			try (Connection connection = connect(again)) {
				assertThat(connection.isValid(5)).isTrue();
			}
		}
	}

	@Test
	void anOldTrustFolderGetsAPasswordAndKeepsItsData() throws Exception {
		Path data = home.resolve("pgdata");
		String first;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0, false);
				Connection connection = connect(postgres);
				Statement statement = connection.createStatement()) {
			first = postgres.password();
			statement.execute("create table kept (name text); insert into kept values ('Cần Thơ')");
			statement.execute("alter role postgres password null");
		}
		// what earlier versions left: initdb -A trust, no password, no password file
		Files.writeString(data.resolve("pg_hba.conf"), OLD_TRUST_HBA);
		Files.delete(EmbeddedPostgres.secretFile(data));

		try (EmbeddedPostgres upgraded = EmbeddedPostgres.start(data, 0, false)) {
			assertThat(upgraded.password()).isNotEqualTo(first);
			assertThat(Files.readString(EmbeddedPostgres.secretFile(data)).strip()).isEqualTo(upgraded.password());
			assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl("postgres"), "postgres", ""))
				.isInstanceOf(SQLException.class);
			try (Connection connection = connect(upgraded); Statement statement = connection.createStatement()) {
				assertThat(single(statement, "select name from kept")).isEqualTo("Cần Thơ");
			}
		}
		assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
	}

	@Test
	void aBackupTakenWhileWritingRestoresTheDataOfItsTimeAndOnlyOnce() throws Exception {
		Path data = home.resolve("pgdata");
		Path backups = home.resolve("backups");
		Files.createDirectories(backups);
		for (String old : List.of("thidua-20240101-020000.tar.gz", "thidua-20240102-020000.tar.gz",
				"thidua-20240103-020000.tar.gz", "notes.txt")) {
			Files.writeString(backups.resolve(old), "x");
		}
		Path backup;
		int writtenBefore;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0, false)) {
			try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
				statement.execute("create table award_row (id serial primary key, name text)");
				statement.execute("insert into award_row (name) select 'row ' || n from generate_series(1, 50000) n");
				writtenBefore = 50000;
			}
			AtomicBoolean writing = new AtomicBoolean(true);
			AtomicInteger writtenDuring = new AtomicInteger();
			Thread writer = Thread.ofVirtual().start(() -> {
				try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
					while (writing.get()) {
						statement.execute("insert into award_row (name) select 'during' from generate_series(1, 100)");
						writtenDuring.addAndGet(100);
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			EmbeddedBackups embeddedBackups = new EmbeddedBackups(postgres, backups, 3, Clock.systemUTC());
			backup = embeddedBackups.backUp();
			writing.set(false);
			writer.join();
			assertThat(writtenDuring.get()).isPositive();

			assertThat(backup.getFileName().toString()).matches("thidua-\\d{8}-\\d{6}\\.tar\\.gz");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
			assertThat(entries(backup)).contains("PG_VERSION", "backup_label", "global/pg_control", "pg_hba.conf")
				.anyMatch(name -> name.matches("pg_wal/[0-9A-F]{24}"))
				.doesNotContain("postmaster.pid", "server.log");
			try (Stream<Path> kept = Files.list(backups)) {
				assertThat(kept.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
						backup.getFileName().toString(), "thidua-20240103-020000.tar.gz",
						"thidua-20240102-020000.tar.gz", "notes.txt");
			}

			try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
				statement.execute("delete from award_row where id = 7");
				statement.execute("insert into award_row (name) values ('after the backup')");
			}
		}

		try (EmbeddedPostgres restored = EmbeddedPostgres.start(data, 0, false, backup);
				Connection connection = connect(restored);
				Statement statement = connection.createStatement()) {
			assertThat(single(statement, "select name from award_row where id = 7")).isEqualTo("row 7");
			assertThat(single(statement, "select count(*) from award_row where name = 'after the backup'"))
				.isEqualTo("0");
			assertThat(Integer.parseInt(single(statement, "select count(*) from award_row where name like 'row %'")))
				.isEqualTo(writtenBefore);
			statement.execute("insert into award_row (name) values ('after the restore')");
		}
		List<Path> replaced = new ArrayList<>();
		try (Stream<Path> siblings = Files.list(home)) {
			siblings.filter(path -> path.getFileName().toString().startsWith("pgdata.before-restore-"))
				.forEach(replaced::add);
		}
		assertThat(replaced).hasSize(1);

		// the option left in place does not restore the same backup again
		try (EmbeddedPostgres again = EmbeddedPostgres.start(data, 0, false, backup);
				Connection connection = connect(again);
				Statement statement = connection.createStatement()) {
			assertThat(single(statement, "select count(*) from award_row where name = 'after the restore'"))
				.isEqualTo("1");
		}
	}

	@Test
	void retentionKeepsTheNewestByTheTimeInTheirNames() throws IOException {
		Path backups = Files.createDirectories(home.resolve("backups"));
		for (String name : List.of("thidua-20261201-020000.tar.gz", "thidua-20261203-020000.tar.gz",
				"thidua-20261203-020000-2.tar.gz", "thidua-20261202-020000.tar.gz", "other.tar.gz")) {
			Files.writeString(backups.resolve(name), "x");
		}
		EmbeddedBackups embeddedBackups = new EmbeddedBackups(null, backups, 2, Clock.systemUTC());

		assertThat(embeddedBackups.prune()).extracting(path -> path.getFileName().toString())
			.containsExactlyInAnyOrder("thidua-20261202-020000.tar.gz", "thidua-20261201-020000.tar.gz");
		try (Stream<Path> kept = Files.list(backups)) {
			assertThat(kept.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
					"thidua-20261203-020000.tar.gz", "thidua-20261203-020000-2.tar.gz", "other.tar.gz");
		}
	}

	private static List<String> entries(Path backup) throws IOException {
		List<String> names = new ArrayList<>();
		try (InputStream raw = Files.newInputStream(backup);
				TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

	private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
		return DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
	}

}
