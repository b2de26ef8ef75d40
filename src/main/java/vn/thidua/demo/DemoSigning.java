package vn.thidua.demo;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.shared.signing.KeystoreDirectory;
import vn.thidua.shared.signing.TestCertificates;
import vn.thidua.shared.signing.UnitSigners;

/**
 * In demo mode, a TEST signing certificate for Tỉnh Vĩnh Long (VL), so that its decisions
 * can be signed and verified in the demo: made once into the keystore directory, named
 * "CHỨNG THƯ THỬ NGHIỆM" and issued by a throw-away test authority nobody trusts. Nothing
 * happens when the deployment signs otherwise or VL already has a keystore.
 */
@Component
@Order(100)
class DemoSigning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSigning.class);

	static final String UNIT = "VL";

	private final DemoMode demoMode;

	private final UnitSigners signers;

	DemoSigning(DemoMode demoMode, UnitSigners signers) {
		this.demoMode = demoMode;
		this.signers = signers;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled() || !(signers instanceof KeystoreDirectory keystores) || signers.configured(UNIT)) {
			return;
		}
		try {
			TestCertificates.authority("CA DEMO Thi Đua").install(keystores.directory(), UNIT, "UBND tỉnh Vĩnh Long");
			log.warn("Demo mode: a TEST signing certificate for {} was written to {} (not valid for real documents)",
					UNIT, keystores.keystore(UNIT));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Demo mode: no TEST signing certificate for {}: {}", UNIT, ex.getMessage());
		}
	}

}
