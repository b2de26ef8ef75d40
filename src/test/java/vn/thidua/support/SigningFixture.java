package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.thidua.shared.signing.KeystoreDirectory;
import vn.thidua.shared.signing.TestCertificates;
import vn.thidua.shared.signing.UnitSigners;

/**
 * A TEST certificate for Tỉnh Trà Vinh (TV), the unit that decides the fixture's
 * proposals, made once per test run in the tests' keystore directory
 * ({@code target/test-keystores}), with its test authority trusted. No key material is
 * committed.
 */
@Component
public class SigningFixture {

	public static final String PROVINCE = "TV";

	public static final String SIGNER = "UBND tỉnh Trà Vinh";

	private static TestCertificates authority;

	private final KeystoreDirectory keystores;

	SigningFixture(UnitSigners signers) {
		this.keystores = (KeystoreDirectory) signers;
	}

	/**
	 * Trà Vinh's certificate, installed if this run has not yet.
	 */
	public synchronized TestCertificates province() {
		if (authority == null) {
			try {
				TestCertificates made = TestCertificates.authority("CA kiểm thử Thi Đua");
				made.install(keystores.directory(), PROVINCE, SIGNER);
				Path trusted = keystores.directory().resolve("trusted");
				Files.createDirectories(trusted);
				Files.writeString(trusted.resolve("test-ca.pem"), made.rootPem());
				authority = made;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return authority;
	}

	public Path keystore(String unitCode) {
		return keystores.keystore(unitCode);
	}

}
