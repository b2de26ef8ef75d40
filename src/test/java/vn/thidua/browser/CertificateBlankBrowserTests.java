package vn.thidua.browser;

import java.io.IOException;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.proposal.Proposal;
import vn.thidua.support.ProposalFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The province's officer, in Chromium, sets where the name goes on the Bằng khen blank (a
 * wrong size first, refused beside the field), downloads the calibration page, and prints
 * the fields alone of an issued decision's certificates.
 */
@WithMockUser(roles = "OFFICER")
class CertificateBlankBrowserTests extends BrowserTest {

	@Autowired
	ProposalFixture fixture;

	@Test
	void anOfficerSetsALayoutCalibratesAndPrintsTheFieldsOntoBlanks() throws IOException {
		String tuyet = ProposalFixture.unique("Nguyễn Thị Ánh Tuyết");
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị tặng Bằng khen"),
				Long.toString(System.nanoTime(), 36) + "/QĐ-UBND", List.of(fixture.eligible(tuyet)));

		signIn("officer.tv");
		page.navigate(url("/"));
		fromMenu("Công cụ", "Phôi bằng khen");
		page.locator("#layout-BK_TINH").getByRole(AriaRole.LINK).click();
		page.getByLabel("Khổ giấy").selectOption(new SelectOption().setLabel("A4"));
		page.getByLabel("Chiều giấy").selectOption(new SelectOption().setLabel("Ngang"));
		page.getByLabel("x (mm) — Họ tên, tên tập thể").fill("45,5");
		page.getByLabel("y (mm) — Họ tên, tên tập thể").fill("88");
		page.getByLabel("Cỡ chữ (pt) — Họ tên, tên tập thể").fill("100");
		page.locator("#save").click();
		assertThat(page.getByLabel("Cỡ chữ (pt) — Họ tên, tên tập thể"))
			.hasAccessibleDescription("Cỡ chữ từ 6 đến 72 pt.");
		assertThat(page.getByLabel("x (mm) — Họ tên, tên tập thể")).hasValue("45,5");
		page.getByLabel("Cỡ chữ (pt) — Họ tên, tên tập thể").fill("22");
		page.locator("#save").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu mẫu in lên phôi.");

		Download calibration = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In trang căn chỉnh")).click());
		try (PDDocument pdf = PdfDownloads.load(calibration)) {
			org.assertj.core.api.Assertions.assertThat(PdfDownloads.text(pdf))
				.contains("Họ tên, tên tập thể — x 45,5, y 88, rộng");
		}

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Danh sách mẫu in")).click();
		assertThat(page.locator("#layout-BK_TINH")).containsText("Đã thiết lập");
		page.navigate(url("/proposals/" + proposal.getId()));
		Download blanks = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In lên phôi")).click());
		try (PDDocument pdf = PdfDownloads.load(blanks)) {
			org.assertj.core.api.Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			org.assertj.core.api.Assertions.assertThat(PdfDownloads.text(pdf))
				.contains("Ông " + tuyet)
				.doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		}
	}

}
