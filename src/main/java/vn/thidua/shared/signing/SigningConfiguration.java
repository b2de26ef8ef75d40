package vn.thidua.shared.signing;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The keystore directory unless the deployment declares its own {@link UnitSigners}.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

	@Bean
	@ConditionalOnMissingBean(UnitSigners.class)
	KeystoreDirectory unitSigners(@Value("${thidua.signing.keystore-dir}") Path directory, Environment environment) {
		return new KeystoreDirectory(directory.toAbsolutePath().normalize(), environment);
	}

}
