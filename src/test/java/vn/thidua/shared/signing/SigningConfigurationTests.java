package vn.thidua.shared.signing;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keystores follow the data folder, so a run isolated with {@code THIDUA_DATA_DIR}
 * never writes into another run's keystores.
 */
class SigningConfigurationTests {

	@TempDir
	Path home;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(SigningConfiguration.class);

	@Test
	void theKeystoresLiveBesideTheDataFolder() {
		runner.withPropertyValues("thidua.embedded-db.data-dir=" + home.resolve("pgdata"))
			.run(context -> assertThat(context.getBean(KeystoreDirectory.class).directory())
				.isEqualTo(home.resolve("keystores")));
	}

	@Test
	void aKeystoreFolderOfItsOwnWins() {
		runner
			.withPropertyValues("thidua.embedded-db.data-dir=" + home.resolve("pgdata"),
					"thidua.signing.keystore-dir=" + home.resolve("hsm-export"))
			.run(context -> assertThat(context.getBean(KeystoreDirectory.class).directory())
				.isEqualTo(home.resolve("hsm-export")));
	}

}
