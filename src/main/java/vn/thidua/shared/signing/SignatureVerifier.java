package vn.thidua.shared.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.thidua.shared.signing.SignatureReport.Signature;
import vn.thidua.shared.signing.SignatureReport.Verdict;

/**
 * Verifies the digital signatures of a PDF: PDFBox finds each signature and the byte
 * ranges it covers, Bouncy Castle checks the CMS signature over exactly those bytes. A
 * signature is valid when its value matches the signed bytes and the signer's
 * certificate; the file is unchanged since signing when the last signature's byte range
 * covers the whole file except the signature itself. The certificate chain is reported
 * with whether it ends at a root in {@code thidua.signing.trusted-dir}; an untrusted
 * chain is reported, not refused, since the office may not have every root configured.
 * Any input — garbage, a damaged PDF — gives a report, never an exception.
 */
@Component
public class SignatureVerifier {

	private static final Logger log = LoggerFactory.getLogger(SignatureVerifier.class);

	private static final Provider BC = new BouncyCastleProvider();

	private final Path trustedDirectory;

	public SignatureVerifier(@Value("${thidua.signing.trusted-dir}") Path trustedDirectory) {
		this.trustedDirectory = trustedDirectory;
	}

	/**
	 * Whether these bytes are a PDF at all, by their header.
	 */
	public static boolean isPdf(byte[] bytes) {
		int limit = Math.min(bytes.length, 1024);
		return new String(bytes, 0, limit, StandardCharsets.ISO_8859_1).contains("%PDF-");
	}

	public SignatureReport verify(byte[] pdf) {
		if (!isPdf(pdf)) {
			return SignatureReport.of(Verdict.NOT_PDF);
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> found = document.getSignatureDictionaries();
			if (found.isEmpty()) {
				return SignatureReport.of(Verdict.UNSIGNED);
			}
			List<X509Certificate> roots = trustedRoots();
			List<Signature> signatures = new ArrayList<>();
			for (int i = 0; i < found.size(); i++) {
				signatures.add(check(found.get(i), pdf, roots));
			}
			// the signature that covers the most is the latest; it must cover the whole
			// file
			signatures.sort((a, b) -> Boolean.compare(a.coversWholeFile(), b.coversWholeFile()));
			boolean valid = signatures.stream().allMatch(Signature::valid) && signatures.getLast().coversWholeFile();
			return new SignatureReport(valid ? Verdict.VALID : Verdict.INVALID, List.copyOf(signatures));
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Unreadable PDF: {}", ex.toString());
			// a damaged file that held a signature was changed after signing; anything
			// else
			// is simply not a readable PDF
			return SignatureReport.of(mentionsSignature(pdf) ? Verdict.INVALID : Verdict.NOT_PDF);
		}
	}

	private Signature check(PDSignature signature, byte[] pdf, List<X509Certificate> roots) {
		String name = signature.getName() == null ? "" : signature.getName();
		Instant signedAt = signedAt(signature.getSignDate());
		int[] range = signature.getByteRange();
		if (range.length != 4 || !rangeIsSound(range, pdf)) {
			return new Signature(name, signedAt, List.of(), false, false, "signature.problem.byteRange");
		}
		boolean whole = (long) range[2] + range[3] == pdf.length;
		byte[] signed = new byte[range[1] + range[3]];
		System.arraycopy(pdf, range[0], signed, 0, range[1]);
		System.arraycopy(pdf, range[2], signed, range[1], range[3]);
		try {
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed),
					signedData(signature.getContents()));
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return new Signature(name, signedAt, List.of(), false, whole, "signature.problem.signers");
			}
			SignerInformation signer = signers.iterator().next();
			@SuppressWarnings("unchecked")
			Store<X509CertificateHolder> store = cms.getCertificates();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new Signature(name, signedAt, List.of(), false, whole, "signature.problem.noCertificate");
			}
			JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BC);
			X509Certificate certificate = converter.getCertificate(matches.iterator().next());
			List<X509Certificate> all = new ArrayList<>();
			for (Object holder : store.getMatches(null)) {
				all.add(converter.getCertificate((X509CertificateHolder) holder));
			}
			List<X509Certificate> chain = chain(certificate, all);
			String signer0 = Certificates.commonName(certificate);
			List<String> subjects = chain.stream().map(Certificates::commonName).toList();
			boolean trusted = trusted(chain, roots);
			if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
				return new Signature(signer0, signedAt, subjects, trusted, whole, "signature.problem.mismatch");
			}
			return new Signature(signer0, signedAt, subjects, trusted, whole, null);
		}
		catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException
				| RuntimeException ex) {
			log.debug("Signature does not verify: {}", ex.toString());
			return new Signature(name, signedAt, List.of(), false, whole, "signature.problem.mismatch");
		}
	}

	/**
	 * The CMS structure at the start of the signature's space; the rest of the space must
	 * be the zeros it was reserved with, so that not even an unsigned byte of the file
	 * changed.
	 */
	private static ContentInfo signedData(byte[] contents) throws IOException, CMSException {
		try (ASN1InputStream in = new ASN1InputStream(contents)) {
			ASN1Primitive structure = in.readObject();
			if (structure == null) {
				throw new CMSException("empty signature");
			}
			int length = structure.getEncoded("DER").length;
			for (int i = length; i < contents.length; i++) {
				if (contents[i] != 0) {
					throw new CMSException("data after the signature");
				}
			}
			return ContentInfo.getInstance(structure);
		}
	}

	/**
	 * Two ranges from the start of the file, with nothing between them but the
	 * signature's hexadecimal string.
	 */
	private static boolean rangeIsSound(int[] range, byte[] pdf) {
		long firstEnd = (long) range[0] + range[1];
		long secondEnd = (long) range[2] + range[3];
		return range[0] == 0 && range[1] > 0 && range[2] > firstEnd && range[3] >= 0 && secondEnd <= pdf.length
				&& pdf[(int) firstEnd] == '<' && pdf[range[2] - 1] == '>';
	}

	/**
	 * The signer's certificate and its issuers, as far as the signature carries them.
	 */
	private static List<X509Certificate> chain(X509Certificate signer, List<X509Certificate> all) {
		List<X509Certificate> chain = new ArrayList<>(List.of(signer));
		X509Certificate current = signer;
		while (chain.size() < 10 && !current.getIssuerX500Principal().equals(current.getSubjectX500Principal())) {
			X509Certificate issuer = issuer(current, all);
			if (issuer == null || chain.contains(issuer)) {
				break;
			}
			chain.add(issuer);
			current = issuer;
		}
		return chain;
	}

	private static @Nullable X509Certificate issuer(X509Certificate certificate, Collection<X509Certificate> among) {
		for (X509Certificate candidate : among) {
			if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
					&& signedBy(certificate, candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
		try {
			certificate.verify(issuer.getPublicKey(), BC);
			return true;
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Whether every link of the chain is signed by the next and the last is, or is issued
	 * by, a trusted root.
	 */
	private static boolean trusted(List<X509Certificate> chain, List<X509Certificate> roots) {
		X509Certificate top = chain.getLast();
		return roots.contains(top) || issuer(top, roots) != null;
	}

	/**
	 * The trusted roots, read at every verification so that adding one needs no restart.
	 */
	private List<X509Certificate> trustedRoots() {
		List<X509Certificate> roots = new ArrayList<>();
		if (!Files.isDirectory(trustedDirectory)) {
			return roots;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(trustedDirectory, "*.{pem,crt,cer}")) {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			for (Path file : files) {
				try (InputStream in = Files.newInputStream(file)) {
					factory.generateCertificates(in).forEach(root -> roots.add((X509Certificate) root));
				}
				catch (IOException | GeneralSecurityException ex) {
					log.warn("Trusted root {} cannot be read: {}", file, ex.getMessage());
				}
			}
		}
		catch (IOException | GeneralSecurityException ex) {
			log.warn("Trusted roots in {} cannot be read: {}", trustedDirectory, ex.getMessage());
		}
		return roots;
	}

	private static @Nullable Instant signedAt(@Nullable Calendar date) {
		return date == null ? null : date.toInstant();
	}

	private static boolean mentionsSignature(byte[] pdf) {
		return new String(pdf, StandardCharsets.ISO_8859_1).contains("/ByteRange");
	}

}
