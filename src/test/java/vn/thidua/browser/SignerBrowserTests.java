package vn.thidua.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.shared.security.Role;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A province's officer names the province's signers on its page, every mistake shown at
 * once; the issue form then offers the next decision number of the year and the head as
 * signer, and choosing the deputy fills in the deputy.
 */
@WithMockUser(roles = "ADMIN")
class SignerBrowserTests extends BrowserTest {

	@Autowired
	Clock clock;

	@Autowired
	TreeFixture tree;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerSetsTheSignersAndTheIssueFormOffersThemWithTheNextNumber() {
		String prefix = tree.prefix();
		long province = tree.unit(tree.root(), prefix, "Tỉnh Ký " + prefix, UnitKind.PROVINCE, LocalDate.of(2020, 1, 1))
			.getId();
		long commune = tree.unit(province, prefix + "-X", "Xã Ký " + prefix, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1))
			.getId();
		String officer = ("canbo." + prefix).toLowerCase(java.util.Locale.ROOT);
		tree.account(officer, prefix, Role.OFFICER);
		int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		long proposal = tree.submittedProposal(commune, province, year - 1, LocalDate.now(clock).minusDays(10));
		jdbc.sql("update award_proposal set status = 'DECIDED', decided_by = 'test' where id = ?")
			.param(proposal)
			.update();

		signIn(officer, TreeFixture.PASSWORD);
		page.navigate(url("/units/" + province));
		page.locator("#edit-signing").click();
		assertThat(page.getByLabel("Ký hiệu cơ quan trong số văn bản")).hasValue("UBND");
		assertThat(page.getByLabel("Chức vụ người đứng đầu")).hasValue("Chủ tịch");

		// every mistake at once
		page.getByLabel("Ký hiệu cơ quan trong số văn bản").fill("ubnd tỉnh");
		page.getByLabel("Chức vụ cấp phó").fill("Phó Chủ tịch");
		page.getByLabel("Họ tên cấp phó").fill("Trần Văn Bảy");
		page.locator("#save-signing").click();
		assertThat(page.locator("#symbol-error")).containsText("Ký hiệu chỉ gồm");
		assertThat(page.locator("#headName-error")).containsText("Nhập họ tên đi kèm chức vụ");

		page.getByLabel("Ký hiệu cơ quan trong số văn bản").fill("UBND");
		page.getByLabel("Họ tên người đứng đầu").fill("Nguyễn Văn An");
		page.locator("#save-signing").click();
		assertThat(page.getByText("Đã lưu thông tin người ký.")).isVisible();
		page.locator("#edit-signing").click();
		assertThat(page.getByLabel("Họ tên người đứng đầu")).hasValue("Nguyễn Văn An");
		assertThat(page.getByLabel("Họ tên cấp phó")).hasValue("Trần Văn Bảy");

		page.navigate(url("/proposals/" + proposal));
		assertThat(page.locator("#issue-form #number")).hasValue("01/QĐ-UBND");
		assertThat(page.locator("#issue-form #signer")).hasValue("Nguyễn Văn An");
		assertThat(page.locator("#issue-form #signer-title")).hasValue("Chủ tịch");
		assertThat(page.locator("#issue-form #authority")).hasValue("Chủ tịch UBND tỉnh Ký " + prefix);
		page.locator("#signer-choice").selectOption("DEPUTY");
		assertThat(page.locator("#issue-form #signer")).hasValue("Trần Văn Bảy");
		assertThat(page.locator("#issue-form #signer-title")).hasValue("Phó Chủ tịch");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành"))).isVisible();
	}

}
