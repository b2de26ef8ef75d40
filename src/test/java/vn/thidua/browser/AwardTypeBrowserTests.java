package vn.thidua.browser;

import java.io.IOException;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The award types page in Chromium: an officer looks up who decided what and for how much
 * on a past date; the national administrator records the next base salary (a mistyped
 * amount first), sees every amount follow from its date, and removes it again. The salary
 * applies from 2099, so no other test's cash changes.
 */
class AwardTypeBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheFutureSalaries() {
		jdbc.sql("delete from base_salary where effective_from >= date '2099-01-01'").update();
	}

	@Test
	void anOfficerLooksUpTheAuthorityAndCashOfAPastDate() throws IOException {
		signIn("officer.tv");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sổ khen thưởng")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thẩm quyền, tiền thưởng")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Hình thức khen thưởng, thẩm quyền và tiền thưởng");

		page.getByLabel("Quy định có hiệu lực vào ngày").fill("31/02/2024");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
		assertThat(page.getByLabel("Quy định có hiệu lực vào ngày"))
			.hasAccessibleDescription("Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.");
		assertThat(page.getByLabel("Quy định có hiệu lực vào ngày")).hasValue("31/02/2024");

		page.getByLabel("Quy định có hiệu lực vào ngày").fill("04/08/2024");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
		assertThat(page.locator("#salaryInForce")).hasText(
				"Ngày 04/08/2024: mức lương cơ sở 2.340.000 đồng/tháng (Nghị định 73/2024/NĐ-CP, áp dụng từ 01/07/2024).");
		Locator certificate = page.locator("[data-type=GK]");
		assertThat(certificate).containsText("Chủ tịch UBND cấp huyện");
		assertThat(certificate)
			.containsText("Chủ tịch UBND cấp xã quyết định: 360.000 đồng (hệ số 0,15 × lương cơ sở)");
		Locator village = page.locator("[data-type=THON_VH]");
		assertThat(village.locator("td").first()).hasText("Thôn, tổ dân phố văn hóa");
		assertThat(village.locator("td").nth(1)).hasText("Thôn, tổ dân phố");
		assertThat(village).containsText("Chủ tịch UBND cấp huyện");
		assertThat(village).containsText("Chưa ghi mức tiền thưởng vào ngày này");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi mức lương cơ sở")))
			.hasCount(0);

		Download pdf = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải PDF")).click());
		org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("hinh-thuc-khen-thuong.pdf");
		try (PDDocument document = PdfDownloads.load(pdf)) {
			org.assertj.core.api.Assertions.assertThat(PdfDownloads.text(document))
				.contains("Quy định có hiệu lực vào ngày: 04/08/2024", "Chủ tịch UBND cấp xã quyết định: 360.000 đồng");
		}
	}

	@Test
	void theNationalAdministratorRecordsTheNextBaseSalaryAndRemovesIt() {
		signIn("admin");
		page.navigate(url("/award-types"));
		page.getByLabel("Áp dụng từ ngày").fill("01/03/2099");
		page.getByLabel("Mức lương cơ sở (đồng/tháng)").fill("2.530.00");
		page.getByLabel("Căn cứ pháp lý").fill("Nghị định 99/2098/NĐ-CP");
		record();
		assertThat(page.getByLabel("Mức lương cơ sở (đồng/tháng)")).hasAccessibleDescription(
				"Số không hợp lệ, nhập theo dạng 31.434,47 (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân) và không âm.");
		assertThat(page.getByLabel("Áp dụng từ ngày")).hasValue("01/03/2099");

		page.getByLabel("Mức lương cơ sở (đồng/tháng)").fill("2.530.000");
		record();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Đã ghi mức lương cơ sở 2.530.000 đồng/tháng áp dụng từ 01/03/2099.");
		assertThat(page.locator("#salaryInForce")).containsText("mức lương cơ sở 2.530.000 đồng/tháng");
		assertThat(page.locator("[data-type=BK_TINH]")).containsText("3.800.000 đồng");
		assertThat(page.locator("[data-type=BK_TINH_HO]")).containsText("5.700.000 đồng");

		page.onDialog(Dialog::accept);
		page.locator("[data-from='2099-03-01']")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã xóa mức lương cơ sở áp dụng từ 01/03/2099.");
		assertThat(page.locator("[data-from='2099-03-01']")).hasCount(0);
	}

	private void record() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi mức lương cơ sở").setExact(true))
			.click();
	}

}
