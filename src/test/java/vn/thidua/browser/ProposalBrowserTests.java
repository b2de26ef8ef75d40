package vn.thidua.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.support.ProposalFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A whole award round in Chromium: Xã Mỹ Hòa's officer proposes three people to the
 * province (one not eligible, shown why, and left out), the office returns one line, the
 * commune fixes it, the board votes, the chair decides and issues the decision, the
 * office files the signed copy, and the registry shows the new awards.
 */
@WithMockUser(roles = "OFFICER")
class ProposalBrowserTests extends BrowserTest {

	private static final FilePayload PDF = new FilePayload("to-trinh.pdf", "application/pdf", ProposalFixture.PDF);

	@Autowired
	ProposalFixture fixture;

	@Test
	void aCommuneProposesTheOfficeReturnsALineTheBoardVotesAndTheRegistryShowsTheAwards() throws IOException {
		String family = "Vòng" + Long.toString(System.nanoTime(), 36);
		fixture.eligible("Nguyễn Thị " + family + " An");
		fixture.eligible("Trần Văn " + family + " Bình");
		fixture.ineligible("Lê Văn " + family + " Cường");
		String title = "Đề nghị tặng Bằng khen năm 2025 " + family;

		signIn(ProposalFixture.PROPOSER);
		page.navigate(url("/proposals"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập tờ trình đề nghị")).click();
		page.getByLabel("Tên đề nghị").fill(title);
		page.getByLabel("Năm").fill("2025");
		page.getByLabel("Cấp quyết định").selectOption(new SelectOption().setLabel("Tỉnh Trà Vinh"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("#status")).hasText("Dự thảo");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm đề nghị")).click();
		page.locator("#q").fill(family.toLowerCase());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
		for (Locator box : page.locator("#people-form input[type=checkbox]").all()) {
			box.check();
		}
		page.locator("#people-type").selectOption("BK_TINH");
		page.locator("#people-achievement").fill("Hoàn thành xuất sắc nhiệm vụ hai năm liền, dẫn đầu phong trào.");
		page.locator("#add-people").click();

		assertThat(page.locator("#outcomes")).hasText("3 dòng: 2 đủ điều kiện, 0 cảnh báo, 1 không đủ điều kiện.");
		Locator cuong = line("Lê Văn " + family + " Cường");
		assertThat(cuong.locator(".verdict"))
			.containsText("Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở: có 2025, thiếu 2024.");
		assertThat(cuong.locator(".verdict")).containsText("Luật Thi đua, khen thưởng 2022, Điều 74");
		page.locator("#submit").click();
		assertThat(page.locator(".alert-danger")).containsText("Còn dòng không đủ điều kiện");

		cuong.getByText("Sửa").click();
		// deleting a line asks first
		AtomicReference<String> asked = new AtomicReference<>();
		page.onceDialog(dialog -> {
			asked.set(dialog.message());
			dialog.accept();
		});
		cuong.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bỏ")).click();
		assertThat(page.locator("#outcomes")).hasText("2 dòng: 2 đủ điều kiện, 0 cảnh báo, 0 không đủ điều kiện.");
		org.assertj.core.api.Assertions.assertThat(asked.get())
			.isEqualTo("Xóa dòng đề nghị của Lê Văn " + family + " Cường?");
		page.locator("#document-kind").selectOption("COVER_LETTER");
		page.locator("#document-file").setInputFiles(PDF);
		page.locator("#document-form button").click();
		// the page reloads after the upload; the council form is filled on the new one
		assertThat(page.locator("#dossier")).containsText("to-trinh.pdf");
		page.locator("#members").fill("7");
		page.locator("#present").fill("7");
		page.locator("#agree").fill("6");
		page.locator("#council-file").setInputFiles(PDF);
		page.locator("#council-form button").click();
		assertThat(page.locator("#dossier")).containsText("Hội đồng của đơn vị: 7 thành viên, 7 có mặt, 6 tán thành.");
		page.locator("#submit").click();
		assertThat(page.locator("#status")).hasText("Đã trình");
		String proposal = page.url();

		as(ProposalFixture.OFFICE, proposal);
		page.locator("#appraise").click();
		Locator an = line("Nguyễn Thị " + family + " An");
		an.getByPlaceholder("Ý kiến").fill("Bổ sung số liệu thành tích năm 2025");
		an.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lại")).click();
		page.locator("#send-back").click();
		assertThat(page.locator("#status")).hasText("Trả lại đơn vị");

		as(ProposalFixture.PROPOSER, proposal);
		an = line("Nguyễn Thị " + family + " An");
		assertThat(an).containsText("Bị trả lại: Bổ sung số liệu thành tích năm 2025");
		an.getByText("Sửa").click();
		an.getByLabel("Tóm tắt thành tích").fill("Năm 2025 hoàn thành 120 % chỉ tiêu cải cách hành chính.");
		an.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
		page.locator("#submit").click();
		assertThat(page.locator("#status")).hasText("Đã trình");
		assertThat(page.locator("#timeline")).containsText("Trả lại đơn vị");

		as(ProposalFixture.OFFICE, proposal);
		page.locator("#appraise").click();
		page.locator("#forward").click();
		page.locator("#board-link").click();
		String today = ProposalFixture.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		page.locator("#heldOn").fill(today);
		page.locator("#open-board").click();
		assertThat(page.locator("label[for=unvoted-accepted]")).containsText(fixture.board().size() + " thành viên");
		for (var member : fixture.board()) {
			as(member.username(), proposal + "/board");
			// no choice is made in advance; the member confirms the ballot
			assertThat(page.locator("#ballot input[type=radio]:checked")).hasCount(0);
			assertThat(page.locator("#ballot .line-verdict").first()).isVisible();
			page.locator("#ballot input[type=radio][value=AGREE]").all().forEach(Locator::check);
			page.locator("#ballot-confirmed").check();
			page.onceDialog(dialog -> dialog.accept());
			page.locator("#cast").click();
			assertThat(page.locator("#voted")).isVisible();
		}
		as(ProposalFixture.OFFICE, proposal + "/board");
		assertThat(page.locator("#unvoted-accepted")).hasCount(0);
		page.onceDialog(dialog -> dialog.accept());
		page.locator("#close-board").click();
		assertThat(page.locator("#status")).hasText("Chờ Chủ tịch quyết định");
		page.navigate(proposal + "/board");
		page.locator("#session-closed a").click();
		assertThat(page.locator("main table tbody tr")).hasCount(2);
		assertThat(page.locator("main table tbody")).containsText("Đạt");

		as(ProposalFixture.CHAIR, proposal);
		page.locator("#decide").click();
		assertThat(page.locator("#status")).hasText("Chủ tịch đã quyết định");
		String number = family + "/QĐ-UBND";
		page.locator("#number").fill(number);
		page.locator("#date").fill(today);
		page.locator("#signer").fill("Lê Văn Hẳn");
		String[] issueAsked = new String[1];
		page.onceDialog(dialog -> {
			issueAsked[0] = dialog.message();
			dialog.dismiss();
		});
		page.locator("#issue").click();
		Assertions.assertThat(issueAsked[0]).startsWith("Ban hành quyết định khen thưởng?");
		assertThat(page.locator("#status")).hasText("Chủ tịch đã quyết định");
		page.onceDialog(dialog -> dialog.accept());
		page.locator("#issue").click();
		assertThat(page.locator("#status")).hasText("Đã ban hành quyết định");
		Download decision = page.waitForDownload(() -> page.locator("#decision-pdf").click());
		try (PDDocument pdf = PdfDownloads.load(decision)) {
			Assertions.assertThat(PdfDownloads.text(pdf))
				.contains("QUYẾT ĐỊNH", number, "Nguyễn Thị " + family + " An", "Trần Văn " + family + " Bình");
		}
		Download certificates = page.waitForDownload(() -> page.locator("#certificates-pdf").click());
		try (PDDocument pdf = PdfDownloads.load(certificates)) {
			Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			Assertions.assertThat(PdfDownloads.text(pdf)).contains("BẰNG KHEN");
		}

		as(ProposalFixture.OFFICE, proposal);
		page.locator("#signed-file")
			.setInputFiles(new FilePayload("QD-da-ky.pdf", "application/pdf",
					"%PDF-1.4\n% da ky\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		page.locator("#award").click();
		assertThat(page.locator("#status")).hasText("Đã khen thưởng");

		page.navigate(url("/registry?q=" + family.toLowerCase()));
		assertThat(page.locator("#awards tbody tr")).hasCount(2);
		assertThat(page.locator("#awards")).containsText("Nguyễn Thị " + family + " An");
		assertThat(page.locator("#awards")).containsText(number);
	}

	private Locator line(String name) {
		return page.locator("#lines tbody tr").filter(new Locator.FilterOptions().setHasText(name));
	}

	private void as(String username, String path) {
		context.clearCookies();
		signIn(username);
		page.navigate(path);
	}

}
