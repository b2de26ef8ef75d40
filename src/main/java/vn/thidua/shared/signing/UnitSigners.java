package vn.thidua.shared.signing;

import java.util.Optional;

/**
 * Who signs documents for a unit, found by the unit's code. The default reads a PKCS#12
 * keystore per unit from a directory ({@link KeystoreDirectory}); a deployment with
 * hardware tokens or a remote signing service declares its own bean (see
 * docs/signing.md).
 */
public interface UnitSigners {

	/**
	 * The unit's signer, or empty when no certificate is configured for it.
	 */
	Optional<DocumentSigner> forUnit(String unitCode);

	/**
	 * Whether the unit has a certificate configured, without opening its key.
	 */
	boolean configured(String unitCode);

}
