package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import vn.thidua.shared.sheet.SheetReader;
import vn.thidua.shared.sheet.SheetReader.SheetRow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune officer imports people and their past awards: downloads a template, uploads a
 * sheet with an error and sees the row, uploads the corrected sheet, watches the progress
 * finish, confirms, and finds the awards in the registry; and skips the wrong row of a
 * sheet, writing the others, then downloads the wrong row to fix.
 */
class ImportBrowserTests extends BrowserTest {

	@Test
	void anOfficerImportsPeopleAndTheirPastAwardsAndFindsThemInTheRegistry() throws Exception {
		signIn("officer.tv-cn-mh");
		fromMenu("Công cụ", "Nhập dữ liệu");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập danh sách cá nhân")).click();

		Download template = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải tệp mẫu (.xlsx)"))
					.click());
		SheetRow header = SheetReader.read(Files.readAllBytes(template.path()), 10, "t").getFirst();
		assertThat(header.cells()).containsExactly("Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Mã đơn vị",
				"Số định danh cá nhân");

		upload("ca-nhan.csv", """
				Họ và tên,Ngày sinh,Giới tính,Chức vụ,Mã đơn vị
				Huỳnh Thị Ngọc Giàu,21/06/1991,Nữ,Công chức Địa chính,TV-CN-MH
				""");
		confirm("Xác nhận ghi 1 dòng mới");
		assertThat(page.locator("#import-preview .alert-success"))
			.hasText("Đã ghi 1 dòng mới; 0 dòng đã có được bỏ qua.");

		page.navigate(url("/imports/awards"));
		String awards = """
				"Danh hiệu, hình thức khen thưởng",Năm,Số quyết định,Ngày quyết định,Thẩm quyền quyết định,Mã đơn vị,Họ và tên,Ngày sinh
				Lao dong tien tien,2023,09/QĐ-UBND,15/01/2024,Chủ tịch UBND xã Mỹ Hòa,TV-CN-MH,Huỳnh Thị Ngọc Giàu,21/06/1991
				Chiến sĩ thi đua cơ sở,2024,05/QĐ-UBND,20/01/2025,Chủ tịch UBND huyện Cầu Ngang,TV-CT,Huỳnh Thị Ngọc Giàu,21/06/1991
				""";
		upload("khen-thuong.csv", awards);

		assertThat(page.locator("#import-preview .alert-danger"))
			.hasText("Có 1 trên 2 dòng bị lỗi. Không có dữ liệu nào được ghi; hãy sửa tệp và tải lên lại.");
		assertThat(page.locator("#import-problems"))
			.containsText("Dòng 3, cột Mã đơn vị: Đơn vị TV-CT không thuộc phạm vi của bạn");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận ghi 2 dòng mới")))
			.hasCount(0);

		page.navigate(url("/imports/awards"));
		upload("khen-thuong.csv", awards.replace("TV-CT,", "TV-CN-MH,"));
		assertThat(page.locator("#count-fresh")).hasText("2");
		confirm("Xác nhận ghi 2 dòng mới");
		assertThat(page.locator("#import-preview .alert-success"))
			.hasText("Đã ghi 2 dòng mới; 0 dòng đã có được bỏ qua.");
		assertThat(page.locator("#import-job")).not().hasAttribute("hx-trigger", "every 1s");

		page.navigate(url("/registry?q=huynh thi ngoc giau"));
		assertThat(page.locator("#awards tbody tr")).hasCount(2);
		assertThat(page.locator("#awards")).containsText("05/QĐ-UBND");

		page.navigate(url("/imports"));
		assertThat(page.locator("#import-history tbody tr").first()).containsText("khen-thuong.csv");
	}

	@Test
	void anOfficerSkipsTheWrongRowWritesTheOthersAndDownloadsTheWrongRowToFix() throws Exception {
		signIn("officer.tv-cn-mh");
		page.navigate(url("/imports/people"));
		upload("ca-nhan.csv", """
				Họ và tên,Ngày sinh,Giới tính,Chức vụ,Mã đơn vị
				Thạch Thị Bỏ Qua Một,03/03/1983,Nữ,,TV-CN-MH
				Kim Văn Bỏ Qua Hai,04/04/1984,Nam,,TV-CT
				Sơn Văn Bỏ Qua Ba,05/05/1985,Nam,,TV-CN-MH
				""");
		assertThat(page.locator("#import-problems"))
			.containsText("Dòng 3, cột Mã đơn vị: Đơn vị TV-CT không thuộc phạm vi của bạn");
		assertThat(page.locator("#import-skip")).containsText("Hoặc ghi ngay 2 dòng hợp lệ và bỏ qua 1 dòng lỗi");

		confirm("Bỏ qua các dòng lỗi và ghi các dòng hợp lệ");
		assertThat(page.locator("#import-preview .alert-success"))
			.hasText("Đã ghi 2 dòng mới; 0 dòng đã có được bỏ qua; 1 dòng lỗi không được ghi.");
		assertThat(page.locator("#count-skipped")).hasText("1");

		Download badRows = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải các dòng lỗi để sửa (.xlsx)"))
			.click());
		List<SheetRow> rows = SheetReader.read(Files.readAllBytes(badRows.path()), 10, "t");
		assertThat(rows).hasSize(2);
		assertThat(rows.getFirst().cells()).containsExactly("Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ",
				"Mã đơn vị", "Số định danh cá nhân", "Lỗi");
		assertThat(rows.get(1).cells()).startsWith("Kim Văn Bỏ Qua Hai", "04/04/1984", "Nam", "", "TV-CT");
		assertThat(rows.get(1).cells().getLast()).isEqualTo("Mã đơn vị: Đơn vị TV-CT không thuộc phạm vi của bạn");

		page.navigate(url("/imports"));
		assertThat(page.locator("#import-history tbody tr").first()).containsText("ca-nhan.csv");
	}

	private void upload(String name, String csv) {
		page.getByLabel("Tệp .xlsx hoặc .csv (tối đa 50 MB)")
			.setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp")).click();
	}

	private void confirm(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

}
