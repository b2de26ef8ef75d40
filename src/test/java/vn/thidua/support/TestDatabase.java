package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import vn.thidua.shared.database.EmbeddedConnectionDetails;
import vn.thidua.shared.database.EmbeddedPostgres;

/**
 * The real PostgreSQL of the tests: a Testcontainers container when a Docker engine
 * answers, the embedded PostgreSQL otherwise. One embedded server per test run, shared by
 * every cached context. A context that must not share the tests' data names a database of
 * its own with {@value #DATABASE}; it is created on the same server when missing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	/**
	 * The property naming the database of a context; the server's default database when
	 * unset.
	 */
	public static final String DATABASE = "thidua.test-database.name";

	private static final String DEFAULT_DATABASE = "postgres";

	/**
	 * Counts the SQL statements of each thread, so tests can assert that a page costs a
	 * fixed number of queries.
	 */
	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					ProxyDataSourceBuilder proxy = ProxyDataSourceBuilder.create(dataSource)
						.name("counted")
						.countQuery();
					// -Dthidua.test.log-sql=true logs every statement (logger "sql"), to
					// find what a count counts
					return Boolean.getBoolean("thidua.test.log-sql")
							? proxy.logQueryBySlf4j(SLF4JLogLevel.INFO, "sql").build() : proxy.build();
				}
				return bean;
			}

		};
	}

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer(@Value("${" + DATABASE + ":}") String database) {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		return database.isBlank() ? container : container.withDatabaseName(database);
	}

	@Bean
	@Conditional(DockerMissing.class)
	JdbcConnectionDetails embeddedPostgres(@Value("${" + DATABASE + ":}") String database) {
		EmbeddedConnectionDetails server = new EmbeddedConnectionDetails(Embedded.INSTANCE);
		if (database.isBlank() || database.equals(DEFAULT_DATABASE)) {
			return server;
		}
		createIfMissing(server, database);
		return new Named(server, Embedded.INSTANCE.jdbcUrl(database));
	}

	private static void createIfMissing(JdbcConnectionDetails server, String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		try (Connection connection = DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(),
				server.getPassword());
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (ResultSet found = exists.executeQuery()) {
				if (found.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + database, ex);
		}
	}

	/**
	 * Another database on the embedded server.
	 */
	private record Named(JdbcConnectionDetails server, String jdbcUrl) implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return jdbcUrl;
		}

		@Override
		public String getUsername() {
			return server.getUsername();
		}

		@Override
		public String getPassword() {
			return server.getPassword();
		}

	}

	private static final class Embedded {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				Path dataDir = Files.createTempDirectory("thidua-test-pg");
				EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("data"), 0, false);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					postgres.close();
					FileSystemUtils.deleteRecursively(dataDir.toFile());
				}));
				return postgres;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	static final class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static final class DockerMissing implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

	private static volatile Boolean docker;

	static boolean dockerAvailable() {
		if (docker == null) {
			boolean available;
			try {
				available = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				available = false;
			}
			docker = available;
		}
		return docker;
	}

}
