package vn.thidua.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.proposal.Proposal;
import vn.thidua.shared.signing.SignatureReport;
import vn.thidua.shared.signing.SignatureVerifier;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.SigningFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The office takes the decision's Word draft, downloads the decision signed with the
 * province's TEST certificate, files it as the signed copy, and anyone who scans its QR
 * code reads the award confirmed on the public page, without signing in.
 */
@WithMockUser(roles = "OFFICER")
class SigningBrowserTests extends BrowserTest {

	private static final Pattern VERIFY_PATH = Pattern.compile("/verify/([0-9a-f]{32})");

	@Autowired
	ProposalFixture fixture;

	@Autowired
	SigningFixture certificates;

	@Autowired
	SignatureVerifier verifier;

	@Test
	void theOfficeFilesTheSignedDecisionAndThePublicPageConfirmsTheAward() throws IOException {
		certificates.province();
		String name = ProposalFixture.unique("Huỳnh Thị Xác");
		String number = Long.toString(System.nanoTime(), 36) + "/QĐ-UBND";
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị ký số"), number,
				List.of(fixture.eligible(name)));

		signIn(ProposalFixture.OFFICE);
		page.navigate(url("/proposals/" + proposal.getId()));
		// the Word draft the office files beside the signed PDF
		Download word = page.waitForDownload(() -> page.locator("#decision-docx").click());
		try (InputStream in = Files.newInputStream(word.path());
				XWPFDocument docx = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			Assertions.assertThat(extractor.getText()).contains("Số: " + number, name, "QUYẾT ĐỊNH:");
		}
		Download signed = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải bản ký số")).click());
		Assertions.assertThat(signed.suggestedFilename()).endsWith("-ky-so.pdf");
		byte[] bytes = Files.readAllBytes(signed.path());
		Assertions.assertThat(verifier.verify(bytes).verdict()).isEqualTo(SignatureReport.Verdict.VALID);
		String path;
		try (PDDocument pdf = PdfDownloads.load(signed)) {
			Matcher link = VERIFY_PATH.matcher(PdfDownloads.text(pdf).replace(" ", ""));
			Assertions.assertThat(link.find()).isTrue();
			path = link.group();
		}

		page.locator("#signed-file").setInputFiles(signed.path());
		page.locator("#award").click();
		assertThat(page.locator("#status")).hasText("Đã khen thưởng");
		assertThat(page.locator("#signed-copy")).containsText("có chữ ký số hợp lệ của " + SigningFixture.SIGNER);

		// a stranger's phone: no cookie, no account
		try (BrowserContext stranger = page.context().browser().newContext()) {
			Page phone = stranger.newPage();
			phone.navigate(url(path));
			assertThat(phone.locator("#verified")).isVisible();
			assertThat(phone.locator("#decision-number")).hasText(number);
			assertThat(phone.locator("#awards")).containsText(name);
			assertThat(phone.locator("#awards")).containsText("Bằng khen cấp tỉnh");
			Assertions.assertThat(stranger.cookies()).isEmpty();
		}
	}

	@Test
	void anOfficerChecksASignedFileOnTheVerificationPage() throws IOException {
		certificates.province();
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị kiểm tra"),
				Long.toString(System.nanoTime(), 36) + "/QĐ-UBND",
				List.of(fixture.eligible(ProposalFixture.unique("Lâm Văn Kiểm"))));
		signIn(ProposalFixture.OFFICE);
		page.navigate(url("/proposals/" + proposal.getId()));
		Download signed = page.waitForDownload(() -> page.locator("#decision-signed-pdf").click());

		fromMenu("Công cụ", "Kiểm tra chữ ký số");
		page.locator("#check-file").setInputFiles(signed.path());
		page.locator("#check").click();

		assertThat(page.locator("#verdict")).containsText("Chữ ký số hợp lệ");
		assertThat(page.locator("#signatures")).containsText(SigningFixture.SIGNER);
	}

}
