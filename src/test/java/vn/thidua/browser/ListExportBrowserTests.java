package vn.thidua.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filtered list downloaded as the user sees it: the registry searched by name, then the
 * same rows as .xlsx and as PDF, opened and read.
 */
class ListExportBrowserTests extends BrowserTest {

	@Test
	void anOfficerDownloadsTheFilteredRegistryAsASpreadsheetAndAPdf() throws IOException {
		signIn("officer.tv");
		page.navigate(url("/registry?q=sa ruone"));
		int shown = page.locator("#awards tbody tr").count();

		Download xlsx = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải Excel (.xlsx)")).click());
		assertThat(xlsx.suggestedFilename()).isEqualTo("so-khen-thuong.xlsx");
		try (InputStream in = Files.newInputStream(xlsx.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Sổ khen thưởng");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("Tên hoặc số quyết định: sa ruone");
			List<Row> data = rows.subList(rows.size() - shown, rows.size());
			assertThat(data).allSatisfy(row -> assertThat(row.getCellText(0)).isEqualTo("Thạch Thị Sa Rươne"));
			assertThat(data).anySatisfy(row -> assertThat(row.getCellText(1)).isEqualTo("Chiến sĩ thi đua cơ sở"));
		}

		Download pdf = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải PDF")).click());
		try (PDDocument document = PdfDownloads.load(pdf)) {
			assertThat(PdfDownloads.text(document)).contains("Sổ khen thưởng", "Thạch Thị Sa Rươne",
					"Chiến sĩ thi đua cơ sở");
		}
	}

}
