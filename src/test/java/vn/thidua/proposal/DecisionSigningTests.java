package vn.thidua.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.signing.SignatureReport;
import vn.thidua.shared.signing.SignatureVerifier;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.SigningFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The decision signed with the deciding unit's TEST certificate: it verifies (also with
 * poppler's pdfsig), it carries QR codes to the public page, the signed copy filed on
 * award records its signer, a tampered copy is refused and changes nothing, and the
 * public page confirms what it should and nothing more, without a session.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class DecisionSigningTests {

	private static final Pattern VERIFY_URL = Pattern.compile("http://localhost:8080/verify/([0-9a-f]{32})");

	@Autowired
	DecisionSigning signing;

	@Autowired
	Decisions decisions;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	SignatureVerifier verifier;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	SigningFixture certificates;

	@Autowired
	WorldUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void certificate() {
		certificates.province();
	}

	@Test
	void theSignedDecisionVerifiesWithTheUnitsCertificateAndShowsTheVerificationLink(@TempDir Path directory)
			throws Exception {
		String person = ProposalFixture.unique("Trần Thị Ký");
		Proposal proposal = fixture.issued(ProposalFixture.unique("Ký số"), number(),
				List.of(fixture.eligible(person)));

		byte[] signed = write(signing.decision(proposal.getId(), office()));

		SignatureReport report = verifier.verify(signed);
		assertThat(report.verdict()).isEqualTo(SignatureReport.Verdict.VALID);
		assertThat(report.last().signer()).startsWith(SigningFixture.SIGNER).contains("THỬ NGHIỆM");
		assertThat(report.last().trusted()).isTrue();
		String text = text(signed);
		assertThat(text).contains("QUYẾT ĐỊNH", person);
		// the address may break across lines under the QR code
		Matcher link = VERIFY_URL.matcher(text.replace(" ", ""));
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).isEqualTo(jdbc.sql("select verification_token from award_proposal where id = :id")
			.param("id", proposal.getId())
			.query(String.class)
			.single());
		// the signing is in the proposal's history
		assertThat(jdbc.sql("select count(*) from proposal_event where proposal_id = :id and comment like 'Ký số%'")
			.param("id", proposal.getId())
			.query(Long.class)
			.single()).isEqualTo(1);

		Path pdfsig = Path.of("/usr/bin/pdfsig");
		assumeTrue(Files.isExecutable(pdfsig), "poppler-utils is not installed");
		Path file = directory.resolve("signed.pdf");
		Files.write(file, signed);
		Process process = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("Signature is Valid.", "Total document signed", SigningFixture.SIGNER);
	}

	@Test
	void theSignedCertificatesVerifyAndEachCarriesItsOwnLink() throws Exception {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Ký số bằng khen"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Lý Văn A")),
						fixture.eligible(ProposalFixture.unique("Lý Văn B"))));

		byte[] signed = write(signing.certificates(proposal.getId(), office()));

		assertThat(verifier.verify(signed).verdict()).isEqualTo(SignatureReport.Verdict.VALID);
		Matcher links = VERIFY_URL.matcher(text(signed).replace(" ", ""));
		assertThat(links.results().map(found -> found.group(1)).distinct().toList()).hasSize(2)
			.containsExactlyInAnyOrderElementsOf(jdbc
				.sql("select verification_token from proposal_line where proposal_id = :id and decision = 'APPROVED'")
				.param("id", proposal.getId())
				.query(String.class)
				.list());
	}

	@Test
	void theSignedCopyFiledOnAwardRecordsItsSigner() throws Exception {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Ghi sổ ký số"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Đặng Văn Ghi"))));
		byte[] signed = write(signing.decision(proposal.getId(), office()));

		Proposal awarded = decisions.award(proposal.getId(), fixture.current(proposal.getId()).getVersion(),
				new MockMultipartFile("file", "qd-ky-so.pdf", "application/pdf", signed), office());

		assertThat(awarded.getStatus()).isEqualTo(ProposalStatus.AWARDED);
		assertThat(awarded.getSignedCopySignature()).isEqualTo("SIGNED");
		assertThat(awarded.getSignedCopySigner()).startsWith(SigningFixture.SIGNER);
		assertThat(awarded.getSignedCopySignedAt()).isNotNull();
		String page = mvc.perform(get("/proposals/" + proposal.getId()).with(users.as(ProposalFixture.OFFICE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("có chữ ký số hợp lệ của " + SigningFixture.SIGNER);
	}

	@Test
	void aTamperedSignedCopyIsRefusedAndNothingChanges() throws Exception {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Sửa sau khi ký"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Phan Văn Sửa"))));
		byte[] tampered = write(signing.decision(proposal.getId(), office()));
		int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("/Contents <") / 2;
		tampered[at] = (byte) (tampered[at] ^ 0x01);
		Proposal before = fixture.current(proposal.getId());
		long attachments = attachments();

		assertThatExceptionOfType(BusinessRuleViolation.class)
			.isThrownBy(() -> decisions.award(proposal.getId(), before.getVersion(),
					new MockMultipartFile("file", "qd.pdf", "application/pdf", tampered), office()))
			.satisfies(violation -> assertThat(violation.messageKey()).startsWith("signature.problem."));

		Proposal after = fixture.current(proposal.getId());
		assertThat(after.getStatus()).isEqualTo(ProposalStatus.ISSUED);
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(attachments()).isEqualTo(attachments);
	}

	@Test
	void anUnsignedCopyIsAcceptedAndShownAsSuch() throws Exception {
		Proposal awarded = fixture.awarded(ProposalFixture.unique("Bản quét"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Võ Thị Quét"))));

		assertThat(awarded.getSignedCopySignature()).isEqualTo("UNSIGNED");
		assertThat(awarded.getSignedCopySigner()).isNull();
		String page = mvc.perform(get("/proposals/" + awarded.getId()).with(users.as(ProposalFixture.OFFICE)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("không có chữ ký số");
	}

	@Test
	void withoutAKeystoreTheUnitCannotSignAndThePageSaysWhy() throws Exception {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Chưa có chứng thư"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Mai Văn Chờ"))));
		Path keystore = certificates.keystore(SigningFixture.PROVINCE);
		Path away = keystore.resolveSibling("TV.p12.away");
		Files.move(keystore, away, StandardCopyOption.REPLACE_EXISTING);
		try {
			assertThatExceptionOfType(BusinessRuleViolation.class)
				.isThrownBy(() -> signing.decision(proposal.getId(), office()))
				.satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("signature.noCertificate"));
			String page = mvc.perform(get("/proposals/" + proposal.getId()).with(users.as(ProposalFixture.OFFICE)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("Chưa cấu hình chứng thư số").doesNotContain("decision-signed.pdf");
		}
		finally {
			Files.move(away, keystore, StandardCopyOption.REPLACE_EXISTING);
		}
		String page = mvc.perform(get("/proposals/" + proposal.getId()).with(users.as(ProposalFixture.OFFICE)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("decision-signed.pdf");
	}

	@Test
	void onlyTheChairAndTheOfficeSign() {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Ai được ký"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Hồ Văn Ai"))));

		assertThatExceptionOfType(org.springframework.security.access.AccessDeniedException.class)
			.isThrownBy(() -> signing.decision(proposal.getId(), users.current(ProposalFixture.PROPOSER)));
	}

	@Test
	void thePublicPageConfirmsACertificateAndNothingMoreWithoutASession() throws Exception {
		String first = ProposalFixture.unique("Nguyễn Văn Một");
		String second = ProposalFixture.unique("Nguyễn Văn Hai");
		String number = number();
		Proposal proposal = fixture.awarded(ProposalFixture.unique("Công khai"), number,
				List.of(fixture.eligible(first), fixture.eligible(second)));
		String token = lineToken(proposal, first);

		long sessions = sessions();
		HttpResponse<String> response = anonymously("/verify/" + token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(sessions()).isEqualTo(sessions);
		String page = response.body();
		assertThat(page)
			.contains(number, first, "Bằng khen cấp tỉnh", "Chủ tịch UBND tỉnh Trà Vinh",
					ProposalFixture.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
			.doesNotContain(second)
			.doesNotContain("Đã bị thu hồi")
			.doesNotContain("Công khai");

		// the decision's own token lists everyone it awards
		String decision = anonymously("/verify/" + decisionToken(proposal)).body();
		assertThat(decision).contains(number, first, second);

		ProposalLine line = fixture.linesByPerson(proposal)
			.values()
			.stream()
			.filter(candidate -> candidate.getSubjectName().equals(first))
			.findFirst()
			.orElseThrow();
		decisions.revoke(line.getId(), "99/QĐ-UBND", "Khai man thành tích", null, office());
		assertThat(anonymously("/verify/" + token).body()).contains(first, "Đã bị thu hồi");
	}

	@Test
	void anUnknownOrMalformedTokenIsAFriendlyNotFound() throws Exception {
		for (String token : List.of("0123456789abcdef0123456789abcdef", "0123456789ABCDEF0123456789ABCDEF", "khong-co",
				"x".repeat(300))) {
			HttpResponse<String> response = anonymously("/verify/" + token);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
			assertThat(response.body()).contains("Không tìm thấy quyết định");
		}
	}

	@Test
	void aDecisionNotYetIssuedIsNotConfirmed() throws Exception {
		Proposal decided = fixture.decided(ProposalFixture.unique("Chưa ban hành"),
				List.of(fixture.eligible(ProposalFixture.unique("Tô Văn Chưa"))));

		assertThat(anonymously("/verify/" + decisionToken(decided)).statusCode()).isEqualTo(404);
	}

	@Test
	void anOfficerChecksAnyPdfOnTheVerificationPage() throws Exception {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Kiểm tra"), number(),
				List.of(fixture.eligible(ProposalFixture.unique("Kiều Văn Tra"))));
		byte[] signed = write(signing.decision(proposal.getId(), office()));
		byte[] tampered = signed.clone();
		tampered[100] = (byte) (tampered[100] ^ 0x01);

		assertThat(check("ky-so.pdf", signed)).contains("Chữ ký số hợp lệ", SigningFixture.SIGNER,
				"CA kiểm thử Thi Đua", "chứng thư gốc được tin cậy");
		assertThat(check("sua.pdf", tampered)).contains("KHÔNG hợp lệ");
		assertThat(check("thuong.pdf", write(documents.decision(proposal.getId(), office()))))
			.contains("Tệp PDF không có chữ ký số");
		assertThat(check("rac.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8)))
			.contains("Không phải tệp PDF đọc được");
		assertThat(mvc.perform(multipart("/signatures/verify").with(users.as(ProposalFixture.OFFICE)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Chưa chọn tệp");
	}

	private String check(String name, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/signatures/verify")
				.file(new MockMultipartFile("file", name, "application/pdf", content))
				.with(users.as(ProposalFixture.OFFICE))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * A real request over HTTP, as a phone that scanned the QR code sends it: no cookie,
	 * no user.
	 */
	private HttpResponse<String> anonymously(String path) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private String lineToken(Proposal proposal, String name) {
		return jdbc.sql("select verification_token from proposal_line where proposal_id = :id and subject_name = :name")
			.param("id", proposal.getId())
			.param("name", name)
			.query(String.class)
			.single();
	}

	private String decisionToken(Proposal proposal) {
		return jdbc.sql("select verification_token from award_proposal where id = :id")
			.param("id", proposal.getId())
			.query(String.class)
			.single();
	}

	private long attachments() {
		return jdbc.sql("select count(*) from attachment").query(Long.class).single();
	}

	private CurrentUser office() {
		return users.current(ProposalFixture.OFFICE);
	}

	private static byte[] write(PdfFile file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		file.content().writeTo(out);
		return out.toByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String number() {
		return Long.toString(System.nanoTime(), 36) + "/QĐ-UBND";
	}

}
