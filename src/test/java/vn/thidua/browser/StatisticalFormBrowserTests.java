package vn.thidua.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Person;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer of a province of its own opens the statistical forms from the reports menu,
 * sees the provincial form filled with the province's certificates of merit and the rows
 * it cannot fill named, and downloads it as .xlsx and .docx.
 */
@WithMockUser(roles = "ADMIN")
class StatisticalFormBrowserTests extends BrowserTest {

	@Autowired
	TreeFixture fixture;

	@Autowired
	AwardRegistry registry;

	@Test
	void anOfficerChoosesAFormAndDownloadsItInBothFormats() throws Exception {
		String p = fixture.prefix();
		CurrentUser admin = fixture.system();
		long province = fixture
			.unit(fixture.root(), p + "-P", "Tỉnh Thử " + p, UnitKind.PROVINCE, LocalDate.of(2020, 1, 1))
			.getId();
		long district = fixture.unit(province, p + "-D", "Huyện Thử " + p, UnitKind.DISTRICT, LocalDate.of(2020, 1, 1))
			.getId();
		for (String name : List.of("Nguyễn Thị Thuỷ", "Lê Văn Hòa")) {
			Person person = registry.addPerson(name, null, "FEMALE", null, district, admin);
			registry.record(
					new AwardEntry(person.getId(), district, "BK_TINH", AwardKind.MERIT, 2025, "BT/" + name,
							LocalDate.of(2025, 3, 1), "Người ký", "UBND", name, null, "Tỉnh Thử " + p, null, province),
					admin);
		}
		String officer = p.toLowerCase() + ".canbo";
		fixture.account(officer, p + "-P", Role.OFFICER);
		signIn(officer, TreeFixture.PASSWORD);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo").setExact(true)).click();
		page.locator("#nav-forms").click();
		page.getByLabel("Biểu", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setValue("0603"));
		page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem").setExact(true)).click();
		assertThat(page.locator("#form-code")).hasText("Biểu số: 0603.N/BNV-TĐKT");
		assertThat(page.locator("#form-period-text")).hasText("Năm 2025 (từ ngày 01/12 năm trước đến ngày 30/11/2025)");
		assertThat(page.locator("#form-row-01 td").nth(3)).hasText("2");
		assertThat(page.locator("#form-row-03 td").nth(3)).hasText("Không có số liệu");
		assertThat(page.locator("#form-missing")).containsText("Mã số 03");

		Download xlsx = page.waitForDownload(() -> page.locator("#form-xlsx").click());
		assertThat(xlsx.suggestedFilename()).isEqualTo("bieu-0603-" + p + "-P-2025.xlsx");
		try (InputStream in = Files.newInputStream(xlsx.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
			Row total = rows.stream()
				.filter(r -> r.getCellCount() > 1 && "01".equals(r.getCellText(1)))
				.findFirst()
				.orElseThrow();
			assertThat(total.getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(2);
		}
		Download docx = page.waitForDownload(() -> page.locator("#form-docx").click());
		assertThat(docx.suggestedFilename()).isEqualTo("bieu-0603-" + p + "-P-2025.docx");
		try (InputStream in = Files.newInputStream(docx.path()); XWPFDocument document = new XWPFDocument(in)) {
			assertThat(document.getTables().get(0).getRow(0).getCell(0).getText())
				.isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo(
					"SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG");
		}
	}

}
