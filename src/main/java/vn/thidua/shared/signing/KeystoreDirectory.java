package vn.thidua.shared.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * A PKCS#12 keystore per unit in one directory ({@code thidua.signing.keystore-dir}):
 * {@code <UNIT-CODE>.p12}. Its password comes from the configuration
 * ({@code thidua.signing.password.<UNIT-CODE>}, e.g. the environment variable
 * {@code THIDUA_SIGNING_PASSWORD_TV_CN_MH}) or, failing that, from the file
 * {@code <UNIT-CODE>.p12.password} beside it, readable only by the application's account.
 * The keystore is read at every signing, so a renewed certificate takes effect without a
 * restart.
 */
public class KeystoreDirectory implements UnitSigners {

	private static final Logger log = LoggerFactory.getLogger(KeystoreDirectory.class);

	/**
	 * A unit code as the unit module allows it; anything else cannot name a file here.
	 */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");

	private final Path directory;

	private final Environment environment;

	public KeystoreDirectory(Path directory, Environment environment) {
		this.directory = directory;
		this.environment = environment;
	}

	public Path directory() {
		return directory;
	}

	/**
	 * Where a unit's keystore is (or would be).
	 */
	public Path keystore(String unitCode) {
		return directory.resolve(unitCode + ".p12");
	}

	@Override
	public boolean configured(String unitCode) {
		return CODE.matcher(unitCode).matches() && Files.isRegularFile(keystore(unitCode));
	}

	@Override
	public Optional<DocumentSigner> forUnit(String unitCode) {
		if (!configured(unitCode)) {
			return Optional.empty();
		}
		Path file = keystore(unitCode);
		try (InputStream in = Files.newInputStream(file)) {
			char[] password = password(unitCode);
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(in, password);
			return Optional.of(KeyStoreSigner.of(keyStore, password));
		}
		catch (IOException | GeneralSecurityException ex) {
			log.warn("The keystore {} of unit {} cannot be opened: {}", file, unitCode, ex.getMessage());
			return Optional.empty();
		}
	}

	private char[] password(String unitCode) throws IOException {
		String configured = environment.getProperty("thidua.signing.password." + unitCode);
		if (configured == null) {
			configured = environment
				.getProperty("thidua.signing.password." + unitCode.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		if (configured != null) {
			return configured.toCharArray();
		}
		Path file = directory.resolve(unitCode + ".p12.password");
		if (Files.isRegularFile(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
		}
		throw new IOException("no password configured (thidua.signing.password." + unitCode + ")");
	}

}
