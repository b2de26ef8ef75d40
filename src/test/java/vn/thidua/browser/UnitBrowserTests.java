package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.unit.UnitCatalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class UnitBrowserTests extends BrowserTest {

	@Autowired
	UnitCatalog units;

	@Test
	void aSearchTheServerRefusesSaysWhyAboveThePageUntilOneGoesThrough() {
		signIn("officer.tv");
		page.navigate(url("/units"));
		String list = page.locator("#unit-results").innerHTML();
		page.locator("#inactive").evaluate("box => box.value = 'không-phải-có-không'");

		page.locator("#inactive").check();

		assertThat(page.getByRole(AriaRole.ALERT))
			.hasText("Dữ liệu gửi lên không đúng định dạng nên không được xử lý; không có gì thay đổi.");
		assertThat(page.locator("#unit-results").innerHTML()).isEqualTo(list);
		page.getByRole(AriaRole.ALERT).getByRole(AriaRole.BUTTON).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);

		page.locator("#inactive").uncheck();
		page.locator("#inactive").check();
		assertThat(page.getByRole(AriaRole.ALERT)).hasCount(1);
		page.locator("#inactive").evaluate("box => box.value = 'true'");
		page.locator("#q").fill("Cầu");
		assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
	}

	@Test
	void creatingAUnitWithInvalidInputShowsTheErrorsAndSavesNothing() {
		signIn("officer.tv");
		page.navigate(url("/units/" + units.findActiveByCode("TV-CN").orElseThrow().id()));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm đơn vị trực thuộc")).click();

		page.getByLabel("Tên đơn vị").fill("Xã Hiệp Mỹ Đông");
		page.getByLabel("Mã đơn vị").fill("mã có dấu");
		page.getByLabel("Hiệu lực từ ngày").fill("31/02/2024");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

		assertThat(page.locator("#code-error")).hasText("Mã đơn vị chỉ gồm chữ không dấu, chữ số và các ký tự . _ -");
		assertThat(page.locator("#validFrom-error")).hasText("Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.");
		assertThat(units.findActiveByCode("TV-CN-HMD")).isEmpty();

		page.getByLabel("Mã đơn vị").fill("TV-CN-HMD");
		page.getByLabel("Hiệu lực từ ngày").fill("01/01/2020");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tạo đơn vị xã Hiệp Mỹ Đông.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Xã Hiệp Mỹ Đông");
		assertThat(page.locator(".breadcrumb")).containsText("Huyện Cầu Ngang");
		assertThat(units.findActiveByCode("TV-CN-HMD")).isPresent();
	}

	@Test
	void searchFindsUnitsWithoutDiacritics() {
		signIn("officer.tv");
		page.navigate(url("/units"));
		page.getByPlaceholder("Tên hoặc mã đơn vị, có dấu hoặc không dấu").fill("duyen hai");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();

		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Huyện Duyên Hải").setExact(true)))
			.isVisible();
		assertThat(
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thị xã Duyên Hải").setExact(true)))
			.isVisible();
	}

	@Test
	void resultsFollowTheQueryAsTheUserTypes() {
		signIn("officer.tv");
		page.navigate(url("/units/" + units.findActiveByCode("TV").orElseThrow().id()));
		page.getByPlaceholder("Tên hoặc mã đơn vị, có dấu hoặc không dấu").pressSequentially("tra cu");

		assertThat(page.locator("#unit-results"))
			.containsText("Tìm thấy 2 đơn vị khớp với “tra cu” trong Tỉnh Trà Vinh.");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thị trấn Trà Cú"))).isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/units\\?within=\\d+&q=tra%20cu.*"));
	}

	@Test
	void importingASheetWithOneBadRowCommitsNothingAndAGoodSheetCommitsAll() throws Exception {
		signIn("officer.tv");
		page.navigate(url("/units/import"));
		String bad = """
				Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Ngày hiệu lực
				TV-TC-NX,Xã Ngãi Xuyên,Xã,TV-TC,01/01/2020
				TV-TC-TS,Xã Tân Sơn,Xã,TV-KHONGCO,01/01/2020
				""";
		upload("don-vi.csv", bad);

		assertThat(page.locator("#import-preview .alert-danger"))
			.hasText("Có 1 trên 2 dòng bị lỗi. Không có dữ liệu nào được ghi; hãy sửa tệp và tải lên lại.");
		assertThat(page.locator("#import-preview")).containsText(
				"Dòng 3, cột Mã đơn vị cấp trên: không tìm thấy đơn vị cấp trên mã TV-KHONGCO trong tệp hoặc trong phạm vi của bạn");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận ghi 2 dòng mới")))
			.hasCount(0);
		assertThat(units.findActiveByCode("TV-TC-NX")).isEmpty();

		page.navigate(url("/units/import"));
		upload("don-vi.csv", bad.replace("TV-KHONGCO", "TV-TC-NX"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận ghi 2 dòng mới")).click();

		assertThat(page.locator("#import-preview .alert-success"))
			.hasText("Đã ghi 2 dòng mới; 0 dòng đã có được bỏ qua.");
		assertThat(units.findActiveByCode("TV-TC-TS").orElseThrow().parentId())
			.isEqualTo(units.findActiveByCode("TV-TC-NX").orElseThrow().id());
	}

	@Test
	void aDisguisedFileIsRefused() throws Exception {
		signIn("officer.tv");
		page.navigate(url("/units/import"));
		Path png = Files.createTempFile("anh", ".csv");
		Files.write(png, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
		page.getByLabel("Tệp .xlsx hoặc .csv (tối đa 50 MB)").setInputFiles(png);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp")).click();

		assertThat(page.locator("#import-preview .alert-danger"))
			.hasText("Tệp không phải bảng tính .xlsx hoặc .csv (UTF-8) hợp lệ.");
	}

	private void upload(String name, String csv) {
		page.getByLabel("Tệp .xlsx hoặc .csv (tối đa 50 MB)")
			.setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp")).click();
	}

	@Test
	void anOfficerCorrectsAUnitsParentAndDeactivatesAnotherWhichStaysInHistory() {
		signIn("officer.tv");
		page.navigate(url("/units/" + units.findActiveByCode("TV-DH-LK").orElseThrow().id() + "/move"));
		page.getByLabel("Đơn vị cấp trên mới").fill("TV-TXDH");
		page.getByLabel("Lý do đính chính").fill("Tạo nhầm dưới huyện Duyên Hải");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đính chính").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã chuyển xã Long Khánh về trực thuộc thị xã Duyên Hải.");
		assertThat(page.locator(".breadcrumb")).containsText("Thị xã Duyên Hải");

		page.navigate(url("/units/" + units.findActiveByCode("TV-SNV").orElseThrow().id()));
		page.getByLabel("Ngừng hoạt động từ ngày").fill("30/06/2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ngừng hoạt động")).click();

		assertThat(page.locator("#flash-lead")).containsText("Chưa ngừng hoạt động Sở Nội vụ tỉnh Trà Vinh");
		assertThat(page.locator("#flash-errors li")).hasCount(3);
		assertThat(page.locator("#flash-errors li").first()).hasText("1 tài khoản chuyển sang đơn vị mới");
		assertThat(page.locator("main")).not().containsText("Ngừng hoạt động từ 30/06/2025");
		assertThat(units.findActiveByCode("TV-SNV")).isPresent();

		page.navigate(url("/units/" + units.findActiveByCode("TV-SGD").orElseThrow().id()));
		page.getByLabel("Ngừng hoạt động từ ngày").fill("30/06/2025");
		page.getByLabel("Mã đơn vị tiếp nhận (nếu có)").fill("TV-SNV");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ngừng hoạt động")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText(
				"Đã ngừng hoạt động đơn vị Sở Giáo dục và Đào tạo tỉnh Trà Vinh; đơn vị vẫn được lưu trong lịch sử.");
		assertThat(page.locator("main")).containsText("Ngừng hoạt động từ 30/06/2025");
		assertThat(page.locator("#successor")).hasText("Đã sáp nhập vào / chuyển giao cho: Sở Nội vụ tỉnh Trà Vinh");
		page.locator("#successor a").click();
		assertThat(page.locator("#predecessors")).containsText("Sở Giáo dục và Đào tạo tỉnh Trà Vinh");
		assertThat(units.findActiveByCode("TV-SGD")).isEmpty();
	}

}
