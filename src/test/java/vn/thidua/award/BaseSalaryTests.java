package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LockWaits;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.QueryCount;
import vn.thidua.support.WorldUsers;
import vn.thidua.unit.UnitCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The award types page and the base salary: amounts worked out from the salary and the
 * decree in force on the date asked, a new salary recorded and removed by a national
 * administrator only, never where an issued decision priced its cash, every bad value
 * refused with nothing saved. Salaries written here apply from 2099 and are removed after
 * each test, so no other test's cash changes.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class BaseSalaryTests {

	static final LocalDate FUTURE = LocalDate.of(2099, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Autowired
	UnitCatalog units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardCatalog catalog;

	@Autowired
	BaseSalaryManagement salaries;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void removeTheFutureSalaries() {
		jdbc.sql("delete from base_salary where effective_from >= date '2099-01-01'").update();
	}

	@Test
	void theOverviewWorksOutEachAmountFromTheDecreeAndTheSalaryOfTheDateInFiveStatements() {
		QueryCount.reset();
		AwardTypeOverview overview = catalog.overview(LocalDate.of(2025, 3, 1));
		assertThat(QueryCount.total()).isEqualTo(5);
		assertThat(overview.rounding().step()).isEqualByComparingTo("10000");

		assertThat(overview.salary().amount()).isEqualByComparingTo("2340000");
		assertThat(overview.salary().legalSource()).isEqualTo("Nghị định 73/2024/NĐ-CP");
		assertThat(cash(overview, "BK_TINH")).extracting(AwardTypeOverview.Cash::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("2340000"));
		assertThat(cash(overview, "GK"))
			.extracting(c -> c.unitKind() == null ? "" : c.unitKind().name(),
					c -> c.amount().stripTrailingZeros().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("", "710000"),
					org.assertj.core.groups.Tuple.tuple("COMMUNE", "360000"));
		assertThat(cash(overview, "BK_TINH_HO")).extracting(c -> c.amount().stripTrailingZeros().toPlainString())
			.containsExactly("3510000");
		assertThat(entry(overview, "BK_TINH").holders()).extracting(AwardTypeOverview.Holder::holderKey)
			.containsExactly("authority.head.PROVINCE");
		assertThat(entry(overview, "GK").holders()).extracting(AwardTypeOverview.Holder::holderKey)
			.contains("authority.head.DISTRICT", "authority.head.COMMUNE");

		AwardTypeOverview today = catalog.overview(LocalDate.of(2026, 12, 6));
		assertThat(cash(today, "CO_TINH")).extracting(c -> c.amount().stripTrailingZeros().toPlainString())
			.containsExactly("18720000");
		assertThat(entry(today, "GK").holders()).extracting(AwardTypeOverview.Holder::holderKey)
			.doesNotContain("authority.head.DISTRICT");

		AwardTypeOverview before = catalog.overview(LocalDate.of(2023, 8, 4));
		assertThat(before.salary().amount()).isEqualByComparingTo("1800000");
		assertThat(entry(before, "BK_TINH").holders()).isEmpty();
		assertThat(entry(before, "BK_TINH").cash()).isEmpty();
	}

	@Test
	void aNationalAdministratorRecordsTheNextSalaryWhichPricesFromItsDateAndIsAudited() {
		CurrentUser admin = users.current("admin");
		salaries.record(FUTURE, new BigDecimal("2530000"), "Nghị định 99/2098/NĐ-CP", admin);

		assertThat(catalog.baseSalary(FUTURE.minusDays(1))).isEqualByComparingTo("2340000");
		assertThat(catalog.baseSalary(FUTURE)).isEqualByComparingTo("2530000");
		assertThat(cash(catalog.overview(FUTURE), "BK_TINH"))
			.extracting(c -> c.amount().stripTrailingZeros().toPlainString())
			.containsExactly("3800000");
		assertThat(audited("CREATE")).contains("2530000").contains("Nghị định 99/2098/NĐ-CP");

		assertThatThrownBy(() -> salaries.record(FUTURE, new BigDecimal("2600000"), "Khác", admin))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("baseSalary.taken"));
		assertThat(catalog.baseSalary(FUTURE)).isEqualByComparingTo("2530000");

		salaries.remove(FUTURE, admin);
		assertThat(catalog.baseSalary(FUTURE)).isEqualByComparingTo("2340000");
		assertThat(audited("DELETE")).contains("2530000");
		assertThatThrownBy(() -> salaries.remove(FUTURE, admin)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo("baseSalary.gone"));
	}

	@Test
	@WithMockUser(roles = { "OFFICER", "ADMIN" })
	void noSalaryIsRecordedOrRemovedWhereAnIssuedDecisionPricedItsCash() {
		fixture.issued(ProposalFixture.unique("Đề nghị có tiền thưởng"), ProposalFixture.unique("QĐ"),
				java.util.List.of(fixture.eligible(ProposalFixture.unique("Nguyễn Thị Lương"))));
		LocalDate today = ProposalFixture.today();
		CurrentUser admin = users.current("admin");
		String latest = VietnameseDateFormatter.format(jdbc.sql(
				"select max(decision_date) from award_proposal p where exists (select 1 from proposal_line l where l.proposal_id = p.id and l.cash_amount is not null)")
			.query(LocalDate.class)
			.single());

		assertThatThrownBy(() -> salaries.record(today, new BigDecimal("2530000"), "Nghị định 1/2026/NĐ-CP", admin))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("baseSalary.priced");
				assertThat(refusal.args()).containsExactly(VietnameseDateFormatter.format(today), latest);
			});
		assertThat(catalog.baseSalary(today)).isEqualByComparingTo("2340000");
		assertThatThrownBy(() -> salaries.remove(LocalDate.of(2024, 7, 1), admin)).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo("baseSalary.removePriced"));
		assertThatThrownBy(() -> salaries.remove(LocalDate.of(2019, 7, 1), admin)).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo("baseSalary.earliest"));
		assertThat(salaries.list()).extracting(BaseSalaryRow::effectiveFrom)
			.contains(LocalDate.of(2019, 7, 1), LocalDate.of(2024, 7, 1));
	}

	@Test
	void aSalaryIsRecordedOnlyOnceADecisionBeingPricedHasEndedAndADecisionPricedAfterwardsReadsIt() throws Exception {
		CurrentUser admin = users.current("admin");
		LockWaits.Behind<BaseSalary> recorded = LockWaits.secondBehindFirst(transactions, jdbc,
				() -> catalog.holdBaseSalary(FUTURE),
				() -> salaries.record(FUTURE, new BigDecimal("2530000"), "Nghị định 99/2098/NĐ-CP", admin));
		assertThat(recorded.waited()).as("recording waits for the decision being priced").isTrue();
		recorded.outcome().get();

		LockWaits.Behind<BigDecimal> priced = LockWaits.secondBehindFirst(transactions, jdbc,
				() -> salaries.remove(FUTURE, admin), () -> catalog.holdBaseSalary(FUTURE));
		assertThat(priced.waited()).as("pricing waits for the salary being removed").isTrue();
		assertThat(priced.outcome().get()).isEqualByComparingTo("2340000");
	}

	@Test
	void onlyAnAdministratorOfTheWholeCountryRecordsASalary() {
		assertThatThrownBy(() -> salaries.record(FUTURE, new BigDecimal("2530000"), "Nghị định", traVinhAdmin()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("baseSalary.nationalOnly"));
		assertThatThrownBy(() -> salaries.record(FUTURE, new BigDecimal("253000"), "Nghị định", users.current("admin")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("baseSalary.amountRange"));
		assertThat(salaries.list()).extracting(BaseSalaryRow::effectiveFrom).doesNotContain(FUTURE);
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void anOfficerRecordsNothing() {
		assertThatThrownBy(
				() -> salaries.record(FUTURE, new BigDecimal("2530000"), "Nghị định", users.current("officer.tv")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void everyReaderSeesThePageAndOnlyTheNationalAdministratorTheForm() throws Exception {
		mvc.perform(get("/award-types").param("on", "04/08/2024").with(users.as("reporter.tv-cn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Ngày 04/08/2024: mức lương cơ sở 2.340.000 đồng/tháng (Nghị định 73/2024/NĐ-CP, áp dụng từ 01/07/2024).")))
			.andExpect(content().string(containsString("Chủ tịch UBND cấp tỉnh")))
			.andExpect(content().string(containsString("2.340.000 đồng")))
			.andExpect(content().string(containsString("360.000 đồng")))
			.andExpect(content().string(containsString("(hệ số 0,15 × lương cơ sở)")))
			.andExpect(content().string(containsString("làm tròn lên bội số gần nhất của 10.000 đồng")))
			.andExpect(content().string(not(containsString("Ghi mức lương cơ sở mới"))))
			.andExpect(content().string(not(containsString("/remove"))));
		mvc.perform(get("/award-types").param("on", "31/02/2025").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.")));
		mvc.perform(get("/award-types").with(traVinhAdminRequest()))
			.andExpect(content().string(not(containsString("Ghi mức lương cơ sở mới"))));
		mvc.perform(get("/award-types").with(users.as("admin")))
			.andExpect(content().string(containsString("Ghi mức lương cơ sở mới")))
			.andExpect(content().string(containsString("/award-types/base-salaries/2024-07-01/remove")))
			.andExpect(content().string(not(containsString("/award-types/base-salaries/2019-07-01/remove"))));
	}

	@Test
	void everyBadValueIsShownAtOnceAndNothingIsSaved() throws Exception {
		mvc.perform(record("31/02/2099", "abc", "").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.")))
			.andExpect(content().string(containsString("Số không hợp lệ")))
			.andExpect(content().string(containsString("id=\"legalSource-error\"")));
		mvc.perform(record("01/03/2099", "25.300.000.000", "Nghị định 99/2098/NĐ-CP").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số quá lớn")));
		mvc.perform(record("01/03/2099", "253.000", "Nghị định 99/2098/NĐ-CP").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phải từ 1.000.000 đến 100.000.000 đồng/tháng")));
		mvc.perform(record("01/03/2099", "2.530.000", "Nghị định 99/2098/NĐ-CP").with(traVinhAdminRequest()))
			.andExpect(redirectedUrl("/award-types"))
			.andExpect(flash().attribute("flashErrorKey", "baseSalary.nationalOnly"));
		mvc.perform(record("01/03/2099", "2.530.000", "Nghị định 99/2098/NĐ-CP").with(users.as("officer.tv")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/award-types/base-salaries/2024-07-01/remove").with(users.as("officer.tv")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/award-types/base-salaries/khong-phai-ngay/remove").with(users.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/award-types"))
			.andExpect(flash().attribute("flashErrorKey", "baseSalary.gone"));
		assertThat(salaries.list()).extracting(BaseSalaryRow::effectiveFrom).doesNotContain(FUTURE);

		mvc.perform(record("01/03/2099", "2.530.000", " Nghị định 99/2098/NĐ-CP ").with(users.as("admin")))
			.andExpect(redirectedUrl("/award-types?on=01/03/2099"))
			.andExpect(flash().attribute("flashKey", "baseSalary.recorded"));
		mvc.perform(record("01/03/2099", "2.530.000", "Nghị định 99/2098/NĐ-CP").with(users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có mức lương cơ sở áp dụng từ 01/03/2099")));
		mvc.perform(post("/award-types/base-salaries/2099-03-01/remove").with(users.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/award-types"))
			.andExpect(flash().attribute("flashKey", "baseSalary.removed"));
		assertThat(salaries.list()).extracting(BaseSalaryRow::effectiveFrom).doesNotContain(FUTURE);
	}

	private static MockHttpServletRequestBuilder record(String from, String amount, String source) {
		return post("/award-types/base-salaries").param("effectiveFrom", from)
			.param("amount", amount)
			.param("legalSource", source)
			.with(csrf());
	}

	private String audited(String action) {
		return jdbc.sql("""
				select changes::text from audit_entry
				where entity_type = 'BaseSalary' and entity_id = '2099-03-01' and action = ?
				order by id desc limit 1
				""").param(action).query(String.class).optional().orElse("");
	}

	private CurrentUser traVinhAdmin() {
		return new CurrentUser(0, "quantri.tv", "Quản trị TV", units.findActiveByCode("TV").orElseThrow().id(),
				Set.of(Role.ADMIN));
	}

	private RequestPostProcessor traVinhAdminRequest() {
		return user(new SignedInUser(traVinhAdmin(), "{noop}x", true, true, false));
	}

	private static AwardTypeOverview.Entry entry(AwardTypeOverview overview, String code) {
		return overview.entries().stream().filter(e -> e.type().code().equals(code)).findFirst().orElseThrow();
	}

	private static java.util.List<AwardTypeOverview.Cash> cash(AwardTypeOverview overview, String code) {
		return entry(overview, code).cash();
	}

}
