package vn.thidua.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardKind;
import vn.thidua.proposal.NewProposal;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.Sheets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.ProposalFixture.unique;

/**
 * Xã Mỹ Hòa's officer adds lines from a sheet in Chromium: downloads the template, fills
 * it, sees the preview explain the one bad row and offer nothing to confirm, uploads the
 * corrected sheet and confirms, and finds the lines on the proposal.
 */
@WithMockUser(roles = "OFFICER")
class ProposalSheetBrowserTests extends BrowserTest {

	@Autowired
	ProposalFixture fixture;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	WorldUsers users;

	@TempDir
	Path folder;

	@Test
	void anOfficerFillsTheTemplateFixesTheBadRowAndAddsEveryLine() throws IOException {
		String eligible = unique("Lâm Văn Đạt");
		fixture.eligible(eligible);
		String rated = unique("Lâm Thị Tốt");
		fixture.person(rated);
		Proposal proposal = drafting.create(new NewProposal(unique("Đề nghị từ tệp"), ProposalFixture.YEAR,
				AwardKind.MERIT, fixture.province(), null), users.current(ProposalFixture.PROPOSER));

		signIn(ProposalFixture.PROPOSER);
		page.navigate(url("/proposals/" + proposal.getId()));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm đề nghị")).click();
		Download template = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải tệp mẫu (.xlsx)"))
					.click());
		List<String> header = firstRows(template.path()).get(0);
		assertThat(header).containsExactly("STT", "Họ và tên (để trống nếu là tập thể)", "Ngày sinh (dd/mm/yyyy)",
				"Mã đơn vị", "Mã hình thức", "Tóm tắt thành tích");
		assertThat(firstRows(template.path()).get(1)).contains("TV-CN-MH");

		upload(sheet(header, eligible, rated, "31/02/1980"));

		assertThat(page.locator("#sheet-summary"))
			.hasText("Có 1 trên 3 dòng bị lỗi. Chưa thêm dòng nào; hãy sửa tệp và tải lên lại.");
		assertThat(page.locator("#sheet-row-3 .result"))
			.hasText("Dòng 3, cột Ngày sinh: '31/02/1980' không phải ngày hợp lệ");
		assertThat(page.locator("#sheet-row-2 .result")).containsText("Đủ điều kiện");
		assertThat(page.locator("#sheet-confirm")).hasCount(0);

		upload(sheet(header, eligible, rated, "06/05/1984"));

		assertThat(page.locator("#sheet-summary")).containsText("3 dòng sẽ được thêm");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận thêm 3 dòng")).click();

		assertThat(page.locator(".alert-success")).containsText("Đã thêm 3 dòng từ tệp de-nghi.xlsx");
		assertThat(page.locator("#lines .subject")).hasText(new String[] { eligible, rated, "Xã Mỹ Hòa" });
	}

	@Test
	void aHouseholdTitleIsNeitherOfferedForAUnitNorTakenFromASheet() throws IOException {
		Proposal proposal = drafting.create(new NewProposal(unique("Đề nghị hộ gia đình"), ProposalFixture.YEAR,
				AwardKind.MERIT, fixture.myHoa(), null), users.current(ProposalFixture.PROPOSER));

		signIn(ProposalFixture.PROPOSER);
		page.navigate(url("/proposals/" + proposal.getId() + "/add"));
		assertThat(page.locator("#units-type option[value=TTLDTT]")).hasCount(1);
		assertThat(page.locator("#units-type option[value=GDVH], #units-type option[value=THON_VH]")).hasCount(0);

		Path file = folder.resolve("ho-gia-dinh.xlsx");
		Files.write(file,
				Sheets.xlsx("Đề nghị",
						new Object[][] {
								{ "STT", "Họ và tên (để trống nếu là tập thể)", "Ngày sinh (dd/mm/yyyy)", "Mã đơn vị",
										"Mã hình thức", "Tóm tắt thành tích" },
								{ 1, "", "", "TV-CN-MH", "GDVH", "Gia đình văn hóa năm 2025." } }));
		upload(file);

		assertThat(page.locator("#sheet-row-2 .result")).hasText("Dòng 2, cột Mã hình thức: GDVH (Gia đình văn hóa)"
				+ " là hình thức cho hộ gia đình hoặc thôn, tổ dân phố: hồ sơ đề nghị chưa nhận loại đối tượng này");
		assertThat(page.locator("#sheet-confirm")).hasCount(0);
	}

	/**
	 * The template's header and three rows: a person for the provincial certificate, a
	 * person with the given birth date for it too, and the commune for a collective title
	 * the province decides (Lao động tiên tiến and Tập thể lao động tiên tiến are the
	 * commune chair's since 01/07/2025).
	 */
	private Path sheet(List<String> header, String eligible, String rated, String birthDate) throws IOException {
		Path file = folder.resolve("de-nghi.xlsx");
		Files.write(file,
				Sheets.xlsx("Đề nghị", new Object[][] { header.toArray(),
						{ 1, eligible, "", "TV-CN-MH", "BK_TINH", "Hai năm liền Chiến sĩ thi đua cơ sở." },
						{ 2, rated, birthDate, "TV-CN-MH", "BK_TINH", "Hoàn thành tốt nhiệm vụ năm 2025." },
						{ 3, "", "", "TV-CN-MH", "TTLDXS", "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025." } }));
		return file;
	}

	private void upload(Path file) {
		page.getByLabel("Tệp đề nghị (.xlsx, .csv, tối đa 2 MB)").setInputFiles(file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp")).click();
	}

	private static List<List<String>> firstRows(Path xlsx) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			return workbook.getFirstSheet()
				.read()
				.stream()
				.limit(2)
				.map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList())
				.toList();
		}
	}

}
