package vn.thidua.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.proposal.Proposal;
import vn.thidua.support.ProposalFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office takes the Word draft of a decision out of the app; the province's
 * administrator replaces the decision template with one edited in Word, sees a template
 * with an unknown field refused, and goes back to the national layout.
 */
class DraftBrowserTests extends BrowserTest {

	@Autowired
	ProposalFixture fixture;

	@Test
	void theOfficeDownloadsTheDecisionDraftAndTheAdministratorReplacesItsTemplate(@TempDir Path folder)
			throws IOException {
		String name = ProposalFixture.unique("Huỳnh Thị Kim Thoa");
		Proposal proposal = fixture.decided(ProposalFixture.unique("Đề nghị"), List.of(fixture.eligible(name)));

		signIn(ProposalFixture.OFFICE);
		page.navigate(url("/proposals/" + proposal.getId()));
		Download decision = page.waitForDownload(() -> page.locator("#decision-docx").click());
		assertThat(decision.suggestedFilename()).endsWith(".docx");
		assertThat(text(decision.path())).contains("QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", name, "/QĐ-UBND");
		context.clearCookies();

		signIn("admin");
		fromMenu("Quản trị", "Mẫu văn bản");
		page.locator("#province").selectOption(String.valueOf(fixture.province()));
		page.locator("form[action='/document-templates'] button").click();
		Locator card = page.locator("#template-decision");
		assertThat(card).containsText("mẫu chung");
		Download template = page.waitForDownload(() -> card.locator(".template-download").click());

		Path unknown = folder.resolve("sai.docx");
		Files.write(unknown, edited(template.path(), "Lương: {{luong}}"));
		card.locator("input[type=file]").setInputFiles(unknown);
		card.getByText("Tải lên mẫu mới").click();
		assertThat(page.locator(".alert-danger")).containsText("{{luong}}");
		assertThat(page.locator("#template-decision")).containsText("mẫu chung");

		Path own = folder.resolve("mau-rieng.docx");
		Files.write(own, edited(template.path(), "MẪU RIÊNG CỦA TỈNH {{number}}"));
		page.locator("#template-decision input[type=file]").setInputFiles(own);
		page.locator("#template-decision").getByText("Tải lên mẫu mới").click();
		assertThat(page.locator(".alert-success")).isVisible();
		assertThat(page.locator("#template-decision")).containsText("mau-rieng.docx");

		page.onDialog(Dialog::accept);
		page.locator("#template-decision").getByText("Dùng lại mẫu chung").click();
		assertThat(page.locator("#template-decision")).containsText("mẫu chung");
	}

	private static byte[] edited(Path template, String line) throws IOException {
		try (InputStream in = Files.newInputStream(template);
				XWPFDocument doc = new XWPFDocument(in);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(line);
			doc.write(out);
			return out.toByteArray();
		}
	}

	private static String text(Path docx) throws IOException {
		try (InputStream in = Files.newInputStream(docx);
				XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

}
