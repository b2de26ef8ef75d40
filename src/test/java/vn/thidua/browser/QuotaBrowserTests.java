package vn.thidua.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.proposal.Proposal;
import vn.thidua.support.ProposalFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Quotas in Chromium: the administrator adds a quota for Xã Mỹ Hòa (a share of 0 % first,
 * refused), and Mỹ Hòa's officer, sending a proposal over it, is refused with the
 * arithmetic shown, as the proposal's quota panel shows it. The counts depend on what
 * other tests proposed in Mỹ Hòa, so only the shape of the arithmetic is checked; 1 % of
 * fewer than a hundred collectives always rounds down to 0. The quota is removed at the
 * end so that no other test meets it.
 */
@WithMockUser(roles = "OFFICER")
class QuotaBrowserTests extends BrowserTest {

	private static final Pattern ARITHMETIC = Pattern.compile("Bằng khen cấp tỉnh: \\d+[^;]*; định mức 1 % × \\d+"
			+ " Tập thể lao động tiên tiến \\(\\d+ đã khen \\+ \\d+ đang đề nghị\\) = [\\d,]+ → làm tròn xuống 0");

	@Autowired
	ProposalFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorAddsAQuotaAndAProposalOverItIsRefusedWithTheArithmetic() {
		String source = "Quyết định thử định mức " + System.nanoTime();
		String family = "Định Mức " + Long.toString(System.nanoTime(), 36);
		Proposal draft = fixture.draft("Đề nghị Bằng khen vượt định mức " + family,
				List.of(fixture.eligible("Phạm Văn " + family)));
		try {
			signIn("admin");
			page.navigate(url("/registry"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Định mức khen thưởng")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm định mức")).click();
			page.getByLabel("Phạm vi (mã đơn vị)").fill("TV-CN-MH");
			page.getByLabel("Danh hiệu bị giới hạn").selectOption(new SelectOption().setLabel("Bằng khen cấp tỉnh"));
			page.getByLabel("Danh hiệu làm căn cứ")
				.selectOption(new SelectOption().setLabel("Tập thể lao động tiên tiến"));
			page.getByLabel("Tỷ lệ (%)").fill("0");
			page.getByLabel("Làm tròn", new Page.GetByLabelOptions().setExact(true))
				.selectOption(new SelectOption().setLabel("Làm tròn xuống"));
			page.getByLabel("Mức độ").selectOption(new SelectOption().setLabel("Chặn"));
			page.getByLabel("Căn cứ pháp lý").fill(source);
			page.getByLabel("Có hiệu lực từ ngày").fill("01/01/2020");
			save();
			assertThat(page.getByLabel("Tỷ lệ (%)"))
				.hasAccessibleDescription("Tỷ lệ phải lớn hơn 0 % và không quá 100 %, tối đa hai chữ số thập phân.");
			assertThat(page.getByLabel("Căn cứ pháp lý")).hasValue(source);
			page.getByLabel("Tỷ lệ (%)").fill("1");
			save();

			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm định mức.");
			Locator row = page.locator("#quotas tbody tr").filter(new Locator.FilterOptions().setHasText(source));
			assertThat(row.locator(".share")).hasText("1 %");
			assertThat(row.locator(".scope")).hasText("Xã Mỹ Hòa");
			assertThat(row.locator(".severity")).hasText("Chặn");
			assertThat(row.locator(".status")).hasText("Đang có hiệu lực");

			context.clearCookies();
			signIn(ProposalFixture.PROPOSER);
			page.navigate(url("/proposals/" + draft.getId()));
			assertThat(page.locator("#quotas .quota-use")).containsText(ARITHMETIC);
			assertThat(page.locator("#quotas .quota-use")).containsText("Vượt định mức — không được gửi");
			page.locator("#submit").click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText(Pattern.compile("Vượt định mức — " + ARITHMETIC));
			assertThat(page.locator("#status")).hasText("Dự thảo");
		}
		finally {
			jdbc.sql("delete from award_quota where legal_source = ?").param(source).update();
		}
	}

	private void save() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
	}

}
