package vn.thidua.shared.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Whoever holds a signing key: produces the detached CMS signature (CAdES, as PAdES
 * embeds it) over the bytes PDFBox hands over. A PKCS#12 file ({@link KeyStoreSigner}), a
 * hardware token through SunPKCS11 (also a {@link KeyStoreSigner}, over a {@code PKCS11}
 * keystore) or a remote signing service (an implementation of its own that sends the
 * digest) all fit behind it.
 */
public interface DocumentSigner {

	/**
	 * The signer's certificate first, then its issuers as far as they are known.
	 */
	List<X509Certificate> chain();

	/**
	 * The DER-encoded CMS SignedData, detached, over everything {@code content} yields.
	 */
	byte[] sign(InputStream content) throws IOException;

	/**
	 * The signer's name as the visible signature block shows it: the certificate's common
	 * name.
	 */
	default String signerName() {
		return Certificates.commonName(chain().getFirst());
	}

}
