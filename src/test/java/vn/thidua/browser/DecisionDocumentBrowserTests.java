package vn.thidua.browser;

import java.io.IOException;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.proposal.Proposal;
import vn.thidua.support.ProposalFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's officer downloads an issued decision, all its certificates and one
 * certificate from the proposal page in Chromium.
 */
@WithMockUser(roles = "OFFICER")
class DecisionDocumentBrowserTests extends BrowserTest {

	@Autowired
	ProposalFixture fixture;

	@Test
	void anOfficerDownloadsTheDecisionAndTheCertificatesOfAnIssuedProposal() throws IOException {
		String tuyet = ProposalFixture.unique("Nguyễn Thị Ánh Tuyết");
		String number = Long.toString(System.nanoTime(), 36) + "/QĐ-UBND";
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị tặng Bằng khen"), number,
				List.of(fixture.eligible(tuyet), fixture.eligible(ProposalFixture.unique("Thạch Văn Ưng"))));

		signIn("officer.tv");
		page.navigate(url("/proposals/" + proposal.getId()));

		Download decision = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải quyết định (PDF)"))
					.click());
		assertThat(decision.suggestedFilename()).isEqualTo("QD-" + number.replace('/', '-') + ".pdf");
		try (PDDocument pdf = PdfDownloads.load(decision)) {
			assertThat(PdfDownloads.text(pdf)).contains("QUYẾT ĐỊNH", tuyet);
		}

		Download certificates = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải bằng, giấy khen (PDF)"))
					.click());
		try (PDDocument pdf = PdfDownloads.load(certificates)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
		}

		Download one = page.waitForDownload(() -> page.locator("#lines tr", new Page.LocatorOptions().setHasText(tuyet))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bằng, giấy khen (PDF)"))
			.click());
		try (PDDocument pdf = PdfDownloads.load(one)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(PdfDownloads.text(pdf)).contains("BẰNG KHEN", tuyet);
		}
	}

}
