package vn.thidua.shared.database;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Tag;
import vn.thidua.support.IntegrationTest;

/**
 * The embedded database, its password and its backups exist only without an external
 * database; the backups follow their schedule setting.
 */
@Tag(IntegrationTest.TAG)
class EmbeddedDatabaseConfigurationTests {

	@TempDir
	Path home;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedDatabaseConfiguration.class);

	@Test
	void withAnExternalDatabaseNothingEmbeddedRuns() {
		runner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/thidua",
					"thidua.embedded-db.data-dir=" + home.resolve("pgdata"))
			.run(context -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(EmbeddedPostgres.class)
					.doesNotHaveBean(EmbeddedBackups.class);
				assertThat(home.resolve("pgdata")).doesNotExist();
				assertThat(home.resolve("pgdata.password")).doesNotExist();
			});
	}

	@Test
	void backupsRunNightlyInVietnamTimeBesideTheDataFolder() {
		runner.withPropertyValues("thidua.embedded-db.data-dir=" + home.resolve("pgdata")).run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(EmbeddedBackups.class).directory()).isEqualTo(home.resolve("backups"));
			assertThat(backupSchedules(context.getBean(ScheduledTaskHolder.class))).containsExactly("0 0 2 * * *");
		});
	}

	@Test
	void aDashTurnsBackupsOffAndTheFolderCanBeChosen() {
		runner
			.withPropertyValues("thidua.embedded-db.data-dir=" + home.resolve("pgdata"),
					"thidua.embedded-db.backup.cron=-", "thidua.embedded-db.backup.dir=" + home.resolve("elsewhere"))
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(EmbeddedBackups.class).directory()).isEqualTo(home.resolve("elsewhere"));
				assertThat(backupSchedules(context.getBean(ScheduledTaskHolder.class))).isEmpty();
			});
	}

	private static List<String> backupSchedules(ScheduledTaskHolder scheduler) {
		return scheduler.getScheduledTasks()
			.stream()
			.filter(task -> task.getTask() instanceof CronTask cron
					&& cron.getRunnable().toString().contains(EmbeddedBackups.class.getName()))
			.map(task -> ((CronTask) task.getTask()).getExpression())
			.toList();
	}

}
