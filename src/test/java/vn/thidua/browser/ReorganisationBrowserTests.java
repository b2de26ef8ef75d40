package vn.thidua.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.shared.security.Role;
import vn.thidua.support.LockWaits;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator brings a merger into the app by a sheet: one bad row refuses the sheet
 * and changes nothing; fixed, it is previewed, refused while another write outlasts the
 * wait, then applied; then the successor's office takes the next step of a proposal sent
 * before the merger.
 */
@WithMockUser(roles = "ADMIN")
class ReorganisationBrowserTests extends BrowserTest {

	@Autowired
	TreeFixture fixture;

	@Autowired
	UnitCatalog units;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anAdministratorAppliesAMergerAndTheSuccessorsOfficeCarriesOn() throws InterruptedException {
		String p = fixture.prefix();
		long root = fixture.root();
		long province = fixture.unit(root, p + "-P", "Tỉnh Cũ " + p, UnitKind.PROVINCE, LocalDate.of(2000, 1, 1))
			.getId();
		long district = fixture.unit(province, p + "-H", "Huyện Cũ", UnitKind.DISTRICT, LocalDate.of(2000, 1, 1))
			.getId();
		long commune = fixture.unit(district, p + "-X1", "Xã Cũ Một", UnitKind.COMMUNE, LocalDate.of(2000, 1, 1))
			.getId();
		fixture.unit(district, p + "-X2", "Xã Cũ Hai", UnitKind.COMMUNE, LocalDate.of(2000, 1, 1));
		long proposal = fixture.submittedProposal(commune, province, 2025, LocalDate.of(2025, 6, 20));
		String admin = (p + ".qt").toLowerCase();
		fixture.account(admin, "VN", Role.ADMIN);
		String officer = (p + ".cb").toLowerCase();
		fixture.account(officer, p + "-P", Role.OFFICER);

		signIn(admin, TreeFixture.PASSWORD);
		page.navigate(url("/reorganisations"));
		page.getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Lập kế hoạch sắp xếp"))
			.click();
		page.getByLabel("Tên kế hoạch").fill("Sắp xếp đơn vị hành chính " + p);
		page.getByLabel("Số nghị quyết, quyết định").fill("1687/NQ-UBTVQH15");
		page.getByLabel("Ngày ban hành").fill("16/06/2025");
		page.getByLabel("Cơ quan ban hành").fill("Ủy ban Thường vụ Quốc hội");
		page.getByLabel("Ngày có hiệu lực").fill("01/07/2025");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("#status")).hasText("Dự thảo");

		String header = "Thao tác,Mã đơn vị trước sắp xếp,Mã đơn vị sau sắp xếp,Tên đơn vị sau sắp xếp,Loại đơn vị,"
				+ "Mã đơn vị cấp trên,Mã ĐVHC,Tài khoản\n";
		String good = "Hợp nhất," + p + "-P," + p + "-N,Tỉnh Mới " + p + ",Tỉnh,VN,86,chuyển\n" + "Hợp nhất,\"" + p
				+ "-X1; " + p + "-X2\"," + p + "-NX,Xã Mới,Xã," + p + "-N,29710,chuyển\n";
		upload(header + good + "Giải thể," + p + "-H," + p + "-KHONG-CO,,,,,\n");
		assertThat(page.locator("#sheet-problems")).containsText("Dòng 4");
		assertThat(page.locator("#sheet-problems")).containsText("Kế hoạch chưa thay đổi");
		assertThat(page.locator("#operations")).containsText("Chưa có thao tác nào.");
		assertThat(units.get(province).active()).isTrue();

		upload(header + good + "Giải thể," + p + "-H," + p + "-N,,,,,\n");
		assertThat(page.locator("#operations tbody tr")).hasCount(3);
		assertThat(page.locator("#ending")).containsText("Xã Cũ Một");
		assertThat(page.locator("#creating")).containsText("Xã Mới");
		assertThat(page.locator("#effects")).containsText("1 hồ sơ đề nghị đang xử lý đổi đơn vị quyết định");
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread longWrite = Thread.ofVirtual().start(() -> transactions.executeWithoutResult(status -> {
			writing.countDown();
			LockWaits.await(done);
		}));
		LockWaits.await(writing);
		try {
			applyPlan();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("vẫn còn dữ liệu khác đang được lưu");
			assertThat(page.locator("#status")).hasText("Dự thảo");
		}
		finally {
			done.countDown();
		}
		longWrite.join();

		applyPlan();
		assertThat(page.locator("#status")).hasText("Đã áp dụng");
		assertThat(page.locator("#successions")).containsText("Tỉnh Cũ " + p);
		assertThat(units.get(province).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));

		context.clearCookies();
		signIn(officer, TreeFixture.PASSWORD);
		page.navigate(url("/proposals/" + proposal));
		assertThat(page.locator("main")).containsText("Xã Mới");
		page.locator("#appraise").click();
		assertThat(page.locator("#status")).hasText("Đang thẩm định");
	}

	private void applyPlan() {
		page.getByLabel("Tôi đã xem trước và xác nhận áp dụng kế hoạch").check();
		page.getByRole(AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Áp dụng kế hoạch"))
			.click();
	}

	private void upload(String csv) {
		page.locator("#sheet-file")
			.setInputFiles(new FilePayload("sap-xep.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tải lên"))
			.click();
	}

}
