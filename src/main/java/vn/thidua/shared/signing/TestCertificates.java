package vn.thidua.shared.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * TEST certificates only, for the tests and the demo: a throw-away certification
 * authority and a unit's signing certificate under it, both named as tests so nobody
 * mistakes them for real ones. Real units get their certificates from a licensed
 * certification authority (see docs/signing.md).
 */
public final class TestCertificates {

	/** Written into every test certificate's name. */
	public static final String MARK = "CHỨNG THƯ THỬ NGHIỆM";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KeyPair caKeys;

	private final X509Certificate ca;

	private TestCertificates(KeyPair caKeys, X509Certificate ca) {
		this.caKeys = caKeys;
		this.ca = ca;
	}

	/**
	 * A new test certification authority.
	 */
	public static TestCertificates authority(String name) {
		try {
			KeyPair keys = rsa();
			X500Name subject = name(name + " (" + MARK + ")");
			X509Certificate ca = certificate(subject, keys, subject, keys, true);
			return new TestCertificates(keys, ca);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public X509Certificate root() {
		return ca;
	}

	/**
	 * A signing key and certificate for {@code signerName} under this authority, as a
	 * PKCS#12 keystore protected by {@code password}.
	 */
	public KeyStore keystore(String signerName, char[] password) {
		try {
			KeyPair keys = rsa();
			X509Certificate certificate = certificate(name(signerName + " (" + MARK + ")"), keys,
					X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), caKeys, false);
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("signer", keys.getPrivate(), password, new Certificate[] { certificate, ca });
			return store;
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes {@code <unitCode>.p12} and its password file into the keystore directory,
	 * readable by the owner only where the file system allows.
	 */
	public void install(Path directory, String unitCode, String signerName) throws IOException {
		Files.createDirectories(directory);
		char[] password = HexFormat.of().formatHex(RANDOM.generateSeed(16)).toCharArray();
		KeyStore store = keystore(signerName, password);
		Path keystore = directory.resolve(unitCode + ".p12");
		Path passwordFile = directory.resolve(unitCode + ".p12.password");
		Files.writeString(passwordFile, new String(password), StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(keystore)) {
			store.store(out, password);
		}
		catch (GeneralSecurityException ex) {
			throw new IOException(ex);
		}
		ownerOnly(passwordFile);
		ownerOnly(keystore);
	}

	/**
	 * The authority's certificate in PEM, for a trusted-roots directory.
	 */
	public String rootPem() {
		try {
			return "-----BEGIN CERTIFICATE-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ca.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void ownerOnly(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (IOException | UnsupportedOperationException ex) {
			// not a POSIX file system
		}
	}

	private static KeyPair rsa() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048, RANDOM);
		return generator.generateKeyPair();
	}

	private static X500Name name(String commonName) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName)
			.addRDN(BCStyle.O, "Thi Đua (TEST)")
			.addRDN(BCStyle.C, "VN")
			.build();
	}

	private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
			KeyPair issuerKeys, boolean authority) throws GeneralSecurityException, OperatorCreationException {
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
				new BigInteger(64, RANDOM).abs().add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(Duration.ofDays(authority ? 3650 : 730))), subject, subjectKeys.getPublic());
		try {
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
			builder.addExtension(Extension.keyUsage, true,
					authority ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
							: new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		}
		catch (IOException ex) {
			throw new GeneralSecurityException(ex);
		}
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
	}

}
