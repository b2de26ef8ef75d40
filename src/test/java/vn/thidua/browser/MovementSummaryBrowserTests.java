package vn.thidua.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.movement.MovementQueries;
import vn.thidua.unit.UnitCatalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test world's Cụm Thi đua số 1 movement: its mid-year summary as the seed article
 * tells it, downloaded as a workbook, and a unit's pledges typed the Vietnamese way.
 */
class MovementSummaryBrowserTests extends BrowserTest {

	@Autowired
	MovementQueries movements;

	@Autowired
	UnitCatalog units;

	@Test
	void theMidYearSummaryShowsTheClusterFiguresAndDownloadsAsAWorkbook() throws Exception {
		signIn("officer.tv");
		page.navigate(url("/movements/" + movements.findIdByCode("TV-KTXH-2021").orElseThrow()));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo sơ kết, tổng kết")).click();
		page.getByLabel("Năm").selectOption("2023");
		page.getByLabel("Kỳ báo cáo").selectOption(new SelectOption().setLabel("6 tháng đầu năm"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem").setExact(true)).click();

		assertThat(page.locator("#summary")).containsText("6 tháng đầu năm 2023");
		assertThat(page.locator("#summary")).containsText(
				"Tổng giá trị sản xuất: thực hiện 31.434,47 tỷ đồng, đạt 43,31 % so kế hoạch (72.580 tỷ đồng); 5/5 đơn vị đã báo cáo.");
		assertThat(page.locator("#best-units li").first()).containsText("Thị xã Duyên Hải");
		assertThat(page.locator("#behind-units li").first()).containsText("Huyện Trà Cú");

		Download download = page.waitForDownload(() -> page.locator("#export-xlsx").click());
		assertThat(download.suggestedFilename()).isEqualTo("TV-KTXH-2021-2023-H1.xlsx");
		try (InputStream in = Files.newInputStream(download.path());
				ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("Chỉ tiêu", "Đơn vị");
			Row production = sheets.get(0)
				.read()
				.stream()
				.filter(row -> "Tổng giá trị sản xuất".equals(row.getCellText(1)))
				.findFirst()
				.orElseThrow();
			assertThat(production.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("72580");
			assertThat(production.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("31434.47");
			assertThat(production.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("0.4331");
			List<Row> unitRows = sheets.get(1).read();
			assertThat(unitRows).hasSize(6);
			assertThat(unitRows.get(1).getCellText(1)).isEqualTo("Huyện Trà Cú");
		}
	}

	@Test
	void theMovementHeaderNamesTheLaunchingAuthorityOnceInEitherLanguage() {
		long movementId = movements.findIdByCode("TV-KTXH-2021").orElseThrow();
		signIn("officer.tv");
		page.navigate(url("/movements/" + movementId));
		assertThat(page.locator("main")).containsText("Cấp phát động: UBND tỉnh Trà Vinh");

		page.navigate(url("/movements/" + movementId + "?lang=en"));
		assertThat(page.locator("main")).containsText("Launching authority: UBND tỉnh Trà Vinh");
		assertThat(page.locator("main")).not()
			.containsText(Pattern.compile("launched launched", Pattern.CASE_INSENSITIVE));
	}

	@Test
	void aReporterPledgesTheUnitsPlanTypedTheVietnameseWay() {
		long movementId = movements.findIdByCode("TV-KTXH-2021").orElseThrow();
		long caungang = units.findActiveByCode("TV-CN").orElseThrow().id();
		signIn("reporter.tv-cn");
		page.navigate(url("/movements/" + movementId + "?year=2025"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng ký chỉ tiêu")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.hasText("Chỉ tiêu đăng ký của huyện Cầu Ngang năm 2025");
		assertThat(page.getByLabel("Tổng giá trị sản xuất (tỷ đồng)")).hasValue("15.000");

		page.getByLabel("Tổng giá trị sản xuất (tỷ đồng)").fill("15.000,5");
		page.getByLabel("Tỷ lệ hộ nghèo (%)").fill("120");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu đăng ký")).click();

		assertThat(page.getByLabel("Tỷ lệ hộ nghèo (%)")).hasAccessibleDescription("Giá trị không được lớn hơn 100.");
		page.navigate(url("/movements/" + movementId + "/units/" + caungang + "/pledges?year=2025"));
		assertThat(page.getByLabel("Tổng giá trị sản xuất (tỷ đồng)")).hasValue("15.000");

		page.getByLabel("Tổng giá trị sản xuất (tỷ đồng)").fill("15.000,5");
		page.getByLabel("Tỷ lệ hộ nghèo (%)").fill("2,8");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu đăng ký")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu chỉ tiêu đăng ký năm 2025.");
		assertThat(page.getByLabel("Tổng giá trị sản xuất (tỷ đồng)")).hasValue("15.000,5");
		assertThat(page.getByLabel("Tỷ lệ hộ nghèo (%)")).hasValue("2,8");
	}

}
