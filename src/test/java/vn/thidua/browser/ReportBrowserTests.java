package vn.thidua.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer of Trà Vinh produces the province's figures for 2025: the statistics by
 * district, a figure opened in the registry, the exports, the statutory report and an
 * edited narrative as PDF.
 */
class ReportBrowserTests extends BrowserTest {

	@Test
	void anOfficerOpensTheStatisticsClicksAFigureAndDownloadsTheExports() throws Exception {
		signIn("officer.tv");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo").setExact(true)).click();
		page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2025");
		page.getByLabel("Thống kê theo").selectOption(new SelectOption().setLabel("Đơn vị"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem").setExact(true)).click();
		assertThat(page.locator("#heading")).hasText("Khen thưởng của tỉnh Trà Vinh — Năm 2025");

		Locator caungang = page.locator("#statistics tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Huyện Cầu Ngang"));
		Locator figure = caungang.locator("td").nth(3).locator("a");
		String shown = figure.textContent().strip();
		assertThat(Integer.parseInt(shown)).isPositive();
		figure.click();
		assertThat(page.locator("#drilldownTotal")).hasText(shown + " khen thưởng");
		assertThat(page.locator("#awards tbody tr")).hasCount(Integer.parseInt(shown));

		page.goBack();
		Download xlsx = page.waitForDownload(() -> page.locator("#export-xlsx").click());
		assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
		try (InputStream in = Files.newInputStream(xlsx.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row row = rows.stream().filter(r -> "Huyện Cầu Ngang".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(row.getCell(4).getType()).isEqualTo(CellType.NUMBER);
			assertThat(row.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(Integer.parseInt(shown));
		}
		Download pdf = page.waitForDownload(() -> page.locator("#export-pdf").click());
		try (PDDocument document = PdfDownloads.load(pdf)) {
			assertThat(PdfDownloads.text(document)).contains("Khen thưởng của tỉnh Trà Vinh", "Huyện Cầu Ngang");
		}
	}

	@Test
	void theStatutoryReportAndAnEditedNarrativeDownloadAsDocuments() throws Exception {
		signIn("officer.tv");
		page.navigate(url("/reports/statutory?year=2025"));
		assertThat(page.locator("#statutory-heading")).hasText("Báo cáo thống kê thi đua, khen thưởng năm 2025");
		assertThat(page.locator("#line-BK_TTG td").first()).hasText("Bằng khen của Thủ tướng Chính phủ");
		Download xlsx = page.waitForDownload(() -> page.locator("#export-xlsx").click());
		try (InputStream in = Files.newInputStream(xlsx.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			assertThat(workbook.getSheets().map(sheet -> sheet.getName()).toList()).containsExactly("Khen thưởng",
					"Phong trào", "Cụm, khối");
		}
		Download pdf = page.waitForDownload(() -> page.locator("#export-pdf").click());
		try (PDDocument document = PdfDownloads.load(pdf)) {
			assertThat(PdfDownloads.text(document)).contains("BÁO CÁO THỐNG KÊ THI ĐUA, KHEN THƯỞNG NĂM 2025",
					"Giấy khen của Chủ tịch UBND cấp xã");
		}

		page.navigate(url("/reports/narrative?year=2025"));
		Locator text = page.getByLabel("Nội dung (sửa được trước khi tải về)");
		assertThat(text).containsText("Năm 2025, tỉnh Trà Vinh có");
		assertThat(text).containsText("Thủ tướng Chính phủ đã tặng Bằng khen cho");
		text.fill("");
		page.locator("#narrative-pdf").click();
		assertThat(page.locator("#narrative-form .invalid-feedback").first()).hasText("Không được để trống.");
		text.fill("Năm 2025, toàn tỉnh đã tặng Giấy khen cho 111 tập thể, 157 cá nhân.\n\nĐoạn thêm của cán bộ.");
		Download narrative = page.waitForDownload(() -> page.locator("#narrative-pdf").click());
		try (PDDocument document = PdfDownloads.load(narrative)) {
			assertThat(PdfDownloads.text(document)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Năm 2025, toàn tỉnh đã tặng Giấy khen cho 111 tập thể, 157 cá nhân.", "Đoạn thêm của cán bộ.");
		}

		page.navigate(url("/reports/statutory?year=2025&lang=en"));
		assertThat(page.locator("#statutory-heading"))
			.hasText("Statistical report on emulation and commendation, year 2025");
	}

}
