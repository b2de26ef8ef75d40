package vn.thidua.shared.database;

import java.nio.file.Path;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the embedded PostgreSQL when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. Its data directory outlives
 * restarts; it is password-protected and backed up every night. None of this runs with an
 * external database ({@code spring.datasource.url}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${thidua.embedded-db.enabled:true}")
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
@EnableScheduling
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgres.start(properties.dataDir(), properties.port(), true, properties.restore());
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
		return new EmbeddedConnectionDetails(postgres);
	}

	@Bean
	EmbeddedBackups embeddedBackups(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		Path directory = properties.backup().dir() != null ? properties.backup().dir()
				: EmbeddedBackups.defaultDirectory(postgres.dataDirectory());
		return new EmbeddedBackups(postgres, directory, properties.backup().keep(), Clock.systemUTC());
	}

	/**
	 * @param dataDir the data folder ({@code THIDUA_DATA_DIR})
	 * @param port the port on 127.0.0.1, any free one when 0
	 * @param restore a backup to restore into the data folder before the server starts
	 * (once: not again while the folder holds that restore)
	 * @param backup where and how many backups are kept; when they are made is
	 * {@code thidua.embedded-db.backup.cron}
	 */
	@ConfigurationProperties("thidua.embedded-db")
	record EmbeddedDatabaseProperties(Path dataDir, int port, @Nullable Path restore, @DefaultValue Backup backup) {

		/**
		 * @param dir the folder of backups, {@code backups} beside the data folder when
		 * unset
		 * @param keep how many of the newest backups are kept
		 */
		record Backup(@Nullable Path dir, @DefaultValue("14") int keep) {
		}

	}

}
