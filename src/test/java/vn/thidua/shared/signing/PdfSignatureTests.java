package vn.thidua.shared.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;

import vn.thidua.shared.signing.SignatureReport.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Signing a PDF and verifying it: a signed file verifies, one changed byte fails, an
 * unsigned or foreign file is reported as such, and poppler's {@code pdfsig} — a tool
 * that shares no code with ours — finds the signature valid.
 */
class PdfSignatureTests {

	static final Instant NOW = Instant.parse("2026-02-05T03:04:00Z");

	static TestCertificates authority;

	static DocumentSigner signer;

	@TempDir
	static Path trusted;

	PdfSigner pdfSigner = new PdfSigner(Clock.fixed(NOW, ZoneOffset.UTC), messages());

	@BeforeAll
	static void keys() throws Exception {
		authority = TestCertificates.authority("CA thử");
		signer = signer(authority, "Nguyễn Văn Ký");
		Files.writeString(trusted.resolve("ca.pem"), authority.rootPem());
	}

	static DocumentSigner signer(TestCertificates ca, String name) throws Exception {
		char[] password = "matkhau".toCharArray();
		KeyStore store = ca.keystore(name, password);
		return KeyStoreSigner.of(store, password);
	}

	@Test
	void aSignedPdfVerifiesWithItsSignerChainAndTime() throws Exception {
		byte[] signed = sign(pdf("Quyet dinh 12/QD-UBND"), signer);

		SignatureReport report = new SignatureVerifier(trusted).verify(signed);

		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.problem()).isNull();
		SignatureReport.Signature signature = report.last();
		assertThat(signature.signer()).isEqualTo("Nguyễn Văn Ký (" + TestCertificates.MARK + ")");
		assertThat(signature.signedAt()).isEqualTo(NOW);
		assertThat(signature.chain()).containsExactly(signature.signer(), "CA thử (" + TestCertificates.MARK + ")");
		assertThat(signature.trusted()).isTrue();
		assertThat(signature.coversWholeFile()).isTrue();
		// the visible block names the signer and the time in Vietnam's zone
		try (PDDocument document = Loader.loadPDF(signed)) {
			assertThat(document.getSignatureDictionaries()).hasSize(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Quyet dinh 12/QD-UBND");
		}
	}

	@Test
	void withoutTheRootConfiguredTheChainIsReportedUntrustedButValid() throws Exception {
		byte[] signed = sign(pdf("Quyet dinh"), signer);

		SignatureReport report = new SignatureVerifier(trusted.resolve("nothing-here")).verify(signed);

		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.last().trusted()).isFalse();
	}

	@Test
	void oneChangedByteAnywhereInTheSignedBytesFails() throws Exception {
		byte[] signed = sign(pdf("Quyet dinh 12/QD-UBND"), signer);
		SignatureVerifier verifier = new SignatureVerifier(trusted);
		int contents = new String(signed, StandardCharsets.ISO_8859_1).indexOf("/Contents <");
		// in the original document, in the signature dictionary, and in the signature
		// value
		for (int at : new int[] { contents / 10, contents / 2, contents - 40, contents + 100, contents + 30_000,
				signed.length - 20 }) {
			byte[] tampered = signed.clone();
			tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');

			SignatureReport report = verifier.verify(tampered);

			assertThat(report.verdict()).as("byte %d changed", at).isEqualTo(Verdict.INVALID);
			assertThat(report.problem()).isNotNull();
		}
	}

	@Test
	void anythingAppendedAfterSigningIsAChange() throws Exception {
		byte[] signed = sign(pdf("Quyet dinh"), signer);
		byte[] appended = new byte[signed.length + 10];
		System.arraycopy(signed, 0, appended, 0, signed.length);
		System.arraycopy("\n% extra\n\n".getBytes(StandardCharsets.ISO_8859_1), 0, appended, signed.length, 10);

		SignatureReport report = new SignatureVerifier(trusted).verify(appended);

		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.problem()).isEqualTo("signature.problem.modified");
	}

	@Test
	void anUnsignedPdfIsReportedUnsigned() throws Exception {
		assertThat(new SignatureVerifier(trusted).verify(pdf("Ban quet")).verdict()).isEqualTo(Verdict.UNSIGNED);
	}

	@Test
	void garbageAndNonPdfFilesAreReportedNeverThrown() {
		SignatureVerifier verifier = new SignatureVerifier(trusted);
		assertThat(verifier.verify(new byte[0]).verdict()).isEqualTo(Verdict.NOT_PDF);
		assertThat(verifier.verify("xin chào".getBytes(StandardCharsets.UTF_8)).verdict()).isEqualTo(Verdict.NOT_PDF);
		assertThat(verifier.verify("%PDF-1.7\n garbage \u0000\u0001".getBytes(StandardCharsets.ISO_8859_1)).verdict())
			.isEqualTo(Verdict.NOT_PDF);
		byte[] random = new byte[100_000];
		new java.util.Random(7).nextBytes(random);
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), 0, random, 0, 9);
		assertThat(verifier.verify(random).verdict()).isIn(Verdict.NOT_PDF, Verdict.UNSIGNED);
	}

	@Test
	void aSignatureTakenFromAnotherDocumentDoesNotVerify() throws Exception {
		DocumentSigner foreign = signer(TestCertificates.authority("CA khác"), "Người lạ");
		byte[] other = sign(pdf("Van ban khac"), foreign);
		byte[] ours = sign(pdf("Quyet dinh"), signer);
		// the same layout, so the signature value fits in place of ours
		byte[] grafted = ours.clone();
		String text = new String(ours, StandardCharsets.ISO_8859_1);
		String otherText = new String(other, StandardCharsets.ISO_8859_1);
		int start = text.indexOf("/Contents <") + 11;
		int otherStart = otherText.indexOf("/Contents <") + 11;
		int length = Math.min(text.indexOf('>', start), start + otherText.indexOf('>', otherStart) - otherStart)
				- start;
		System.arraycopy(other, otherStart, grafted, start, length);

		SignatureVerifier verifier = new SignatureVerifier(trusted);
		assertThat(verifier.verify(grafted).verdict()).isEqualTo(Verdict.INVALID);
		// signed by another key: valid in itself, but its chain is not trusted here
		SignatureReport report = verifier.verify(other);
		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.last().trusted()).isFalse();
		assertThat(report.last().signer()).startsWith("Người lạ");
	}

	@Test
	void popplersPdfsigFindsTheSignatureValidAndTheDocumentUnchanged(@TempDir Path directory) throws Exception {
		Path pdfsig = Path.of("/usr/bin/pdfsig");
		assumeTrue(Files.isExecutable(pdfsig), "poppler-utils is not installed");
		Path file = directory.resolve("signed.pdf");
		Files.write(file, sign(pdf("Quyet dinh"), signer));

		String output = pdfsig(pdfsig, file);

		assertThat(output).contains("Signature is Valid.", "Total document signed")
			.contains("Nguyễn Văn Ký")
			.contains("ETSI.CAdES.detached");
		// and it notices a change
		byte[] tampered = Files.readAllBytes(file);
		tampered[new String(tampered, StandardCharsets.ISO_8859_1).indexOf("/Contents <") / 2] ^= 0x01;
		Files.write(file, tampered);
		assertThat(pdfsig(pdfsig, file)).doesNotContain("Signature is Valid.");
	}

	static String pdfsig(Path pdfsig, Path file) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return output;
	}

	byte[] sign(byte[] pdf, DocumentSigner by) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdfSigner.sign(pdf, by, "Thử", out);
		return out.toByteArray();
	}

	static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		Locale vi = Locale.of("vi", "VN");
		messages.addMessage("signature.block.signedBy", vi, "Ký bởi: {0}");
		messages.addMessage("signature.block.time", vi, "Thời gian ký: {0}");
		messages.addMessage("signature.block.note", vi, "Chữ ký số");
		return messages;
	}

}
