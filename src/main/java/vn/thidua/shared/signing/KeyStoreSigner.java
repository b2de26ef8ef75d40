package vn.thidua.shared.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs with a private key held in a {@link KeyStore}: a PKCS#12 file, or a hardware
 * token opened as a {@code PKCS11} keystore through the SunPKCS11 provider — the key
 * never leaves the token then, as the JCA signs with the token's provider. The signature
 * is CAdES-BES as PAdES baseline B asks: SHA-256, the signer's certificate bound by the
 * signing-certificate-v2 attribute, no signing-time attribute (the PDF's own signing time
 * counts).
 */
public final class KeyStoreSigner implements DocumentSigner {

	private final PrivateKey key;

	private final List<X509Certificate> chain;

	private KeyStoreSigner(PrivateKey key, List<X509Certificate> chain) {
		this.key = key;
		this.chain = chain;
	}

	/**
	 * The first key entry of the keystore with its certificate chain.
	 */
	public static KeyStoreSigner of(KeyStore keyStore, char[] password) throws GeneralSecurityException {
		for (String alias : Collections.list(keyStore.aliases())) {
			if (keyStore.isKeyEntry(alias) && keyStore.getKey(alias, password) instanceof PrivateKey key) {
				Certificate[] certificates = keyStore.getCertificateChain(alias);
				if (certificates == null || certificates.length == 0) {
					continue;
				}
				List<X509Certificate> chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
				return new KeyStoreSigner(key, chain);
			}
		}
		throw new GeneralSecurityException("The keystore holds no private key with a certificate");
	}

	@Override
	public List<X509Certificate> chain() {
		return chain;
	}

	@Override
	public byte[] sign(InputStream content) throws IOException {
		try {
			X509Certificate certificate = chain.getFirst();
			String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
			ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key);
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator
				.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
					.setSignedAttributeGenerator(withoutSigningTime(signingCertificate(certificate)))
					.build(signer, new JcaX509CertificateHolder(certificate)));
			generator.addCertificates(new JcaCertStore(chain));
			CMSTypedData data = new CMSProcessableByteArray(content.readAllBytes());
			return generator.generate(data, false).getEncoded("DER");
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("Could not sign: " + ex.getMessage(), ex);
		}
	}

	private static Attribute signingCertificate(X509Certificate certificate)
			throws GeneralSecurityException, IOException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		IssuerSerial issuerSerial = new IssuerSerial(
				new GeneralNames(
						new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
				certificate.getSerialNumber());
		// SHA-256 is the default hash of ESSCertIDv2, so the algorithm identifier is left
		// out
		ESSCertIDv2 id = new ESSCertIDv2(hash, issuerSerial);
		return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id })));
	}

	/**
	 * The default signed attributes (content type, message digest, algorithm protection)
	 * with the signing certificate added and the signing time left out.
	 */
	private static CMSAttributeTableGenerator withoutSigningTime(Attribute signingCertificate) {
		ASN1EncodableVector attributes = new ASN1EncodableVector();
		attributes.add(signingCertificate);
		DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(
				new AttributeTable(attributes));
		return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
	}

}
