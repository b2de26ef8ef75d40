package vn.thidua.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Influence;
import vn.thidua.award.Rating;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalLine;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.ProposalFixture;
import vn.thidua.unit.UnitCatalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The registry kept in the app, as the issue walks it: the province's officer rates a
 * commune's people in the grid (one value it does not know refused on its cell), records
 * an initiative and transfers a person, and the commune sees its proposal's line become
 * eligible; then a board session without its quorum decides nothing and is held again.
 */
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class RegistryJourneyBrowserTests extends BrowserTest {

	@Autowired
	ProposalFixture fixture;

	@Autowired
	AwardRegistry registry;

	@Autowired
	UnitCatalog units;

	@Autowired
	WorldUsers users;

	@Test
	void theFactsAnOfficerEntersMakeAProposalLineEligible() {
		String family = "Hành" + Long.toString(System.nanoTime(), 36);
		var office = users.current(ProposalFixture.OFFICE);
		long myHoa = fixture.myHoa();
		long candidate = registry
			.addPerson("Phạm Thị " + family + " Duyên", LocalDate.of(1986, 2, 3), "FEMALE", "Công chức xã", myHoa,
					office)
			.getId();
		registry.rate(candidate, 2024, Rating.EXCELLENT, office);
		registry.recogniseInitiative(candidate, 2024, "Sổ theo dõi hộ nghèo điện tử", Influence.UNIT, office);
		long longKhanh = units.findActiveByCode("TV-DH-LK").orElseThrow().id();
		long mover = registry
			.addPerson("Võ Văn " + family + " Chuyển", LocalDate.of(1979, 9, 9), "MALE", "Công chức xã", longKhanh,
					office)
			.getId();
		Proposal proposal = fixture.draft("BK_TINH", "Bằng khen " + family, List.of(candidate));
		ProposalLine line = fixture.lines(proposal).getFirst();

		signIn(ProposalFixture.PROPOSER);
		page.navigate(url("/proposals/" + proposal.getId()));
		assertThat(page.locator("#line-" + line.getId() + " .verdict")).containsText("Không đủ điều kiện");

		context.clearCookies();
		signIn(ProposalFixture.OFFICE);
		page.navigate(url("/units/" + myHoa + "/ratings?year=2025"));
		Locator cell = page.locator("#rating-p" + candidate);
		cell.focus();
		cell.evaluate(
				"""
						(select) => {
						  const data = new DataTransfer();
						  data.setData('text/plain', 'xuất sắc lắm\\r\\n');
						  select.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
						}
						""");
		assertThat(page.locator("#error-p" + candidate)).containsText("Không nhận ra xếp loại");
		// the refused row's answer is swapped in; htmx binds its change trigger once the
		// row has settled
		assertThat(page.locator(".htmx-added, .htmx-settling, .htmx-swapping, .htmx-request")).hasCount(0);
		cell.focus();
		page.keyboard().press("x");
		assertThat(page.locator("#row-p" + candidate)).containsText("Đã lưu");
		assertThat(page.locator("#error-p" + candidate)).hasCount(0);

		page.navigate(url("/people/" + candidate));
		page.locator("#add-initiative").click();
		page.getByLabel("Tên sáng kiến, đề tài").fill("Một cửa liên thông trên điện thoại");
		page.getByLabel("Phạm vi ảnh hưởng được công nhận").selectOption("UNIT");
		page.getByLabel("Cơ quan công nhận").fill("UBND xã Mỹ Hòa");
		page.getByLabel("Số quyết định công nhận").fill("07/QĐ-UBND");
		page.getByLabel("Ngày quyết định công nhận").fill("20/11/2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("#facts-initiatives")).containsText("Một cửa liên thông trên điện thoại");

		page.navigate(url("/people/" + mover));
		page.locator("#transferPerson").click();
		page.getByLabel("Mã đơn vị chuyển đến").fill("TV-CN-MH");
		page.getByLabel("Ngày điều chuyển").fill("01/10/2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Điều chuyển")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã điều chuyển");
		assertThat(page.locator("#placements")).containsText("Xã Mỹ Hòa (01/10/2025 – nay)");

		context.clearCookies();
		signIn(ProposalFixture.PROPOSER);
		page.navigate(url("/proposals/" + proposal.getId()));
		assertThat(page.locator("#line-" + line.getId() + " .verdict")).containsText("Đủ điều kiện");
		assertThat(page.locator("#line-" + line.getId() + " .verdict")).not().containsText("Không đủ điều kiện");
	}

	@Test
	void aBoardSessionWithoutItsQuorumIsRefusedAndHeldAgain() {
		String family = "Hành" + Long.toString(System.nanoTime(), 36);
		Proposal proposal = fixture.atBoard("Túc số " + family,
				List.of(fixture.eligible("Đặng Văn " + family + " Túc")));
		var board = fixture.board();
		String today = ProposalFixture.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

		signIn(ProposalFixture.OFFICE);
		page.navigate(url("/proposals/" + proposal.getId() + "/board"));
		page.locator("#heldOn").fill(today);
		board.stream().skip(1).forEach(member -> page.locator("#member-" + member.id()).uncheck());
		page.locator("#open-board").click();
		assertThat(page.locator("#inquorate")).containsText("không đủ số thành viên dự họp");
		assertThat(page.locator("#close-board")).hasCount(0);

		context.clearCookies();
		signIn(board.getFirst().username());
		page.navigate(url("/proposals/" + proposal.getId() + "/board"));
		assertThat(page.locator("#inquorate")).isVisible();
		assertThat(page.locator("#ballot")).hasCount(0);

		context.clearCookies();
		signIn(ProposalFixture.OFFICE);
		page.navigate(url("/proposals/" + proposal.getId() + "/board"));
		var askedToAdjourn = new java.util.concurrent.atomic.AtomicBoolean();
		page.onceDialog(dialog -> {
			askedToAdjourn.set(true);
			dialog.accept();
		});
		page.locator("#adjourn-board").click();
		assertThat(page.locator("#inquorate")).containsText("hãy mở phiên họp mới");
		org.assertj.core.api.Assertions.assertThat(askedToAdjourn).isTrue();
		page.locator("#heldOn").fill(today);
		page.locator("#open-board").click();
		assertThat(page.locator("#inquorate")).hasCount(0);
		for (var member : board) {
			context.clearCookies();
			signIn(member.username());
			page.navigate(url("/proposals/" + proposal.getId() + "/board"));
			page.locator("#ballot input[type=radio][value=AGREE]").all().forEach(Locator::check);
			page.locator("#ballot-confirmed").check();
			var asked = new java.util.concurrent.atomic.AtomicBoolean();
			page.onceDialog(dialog -> {
				asked.set(true);
				dialog.accept();
			});
			page.locator("#cast").click();
			assertThat(page.locator("#voted")).isVisible();
			org.assertj.core.api.Assertions.assertThat(asked).as("the ballot asks for confirmation").isTrue();
		}
		context.clearCookies();
		signIn(ProposalFixture.OFFICE);
		page.navigate(url("/proposals/" + proposal.getId() + "/board"));
		page.onceDialog(dialog -> dialog.accept());
		page.locator("#close-board").click();
		assertThat(page.locator("#status")).hasText("Chờ Chủ tịch quyết định");
	}

}
