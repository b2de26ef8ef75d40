package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
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
 * answers, the embedded PostgreSQL otherwise. One server per test run, shared by every
 * cached context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

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
					return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
				}
				return bean;
			}

		};
	}

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(DockerMissing.class)
	JdbcConnectionDetails embeddedPostgres() {
		return new EmbeddedConnectionDetails(Embedded.INSTANCE);
	}

	private static final class Embedded {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				Path dataDir = Files.createTempDirectory("thidua-test-pg");
				EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("data"), 0);
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
