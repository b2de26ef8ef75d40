package vn.thidua.demo;

import java.time.LocalDate;

import vn.thidua.shared.signing.TestCertificates;
import vn.thidua.shared.signing.UnitSigners;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.movement.MovementQueries;
import vn.thidua.shared.security.Role;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestDatabase;
import vn.thidua.support.world.SeedWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo as it ships, in a database of its own beside the tests' world: it loads, the
 * sign-in page offers its accounts, every one of them signs in with the shared password
 * and finds its work on its home page, and the seed article's figures hold. Written over
 * the demo's own account list, so that it keeps holding while the demo is rebuilt; only
 * {@link #SEED_MOVEMENT} and its figures name what the demo seeds.
 */
@Tag(IntegrationTest.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "thidua.embedded-db.enabled=false", "thidua.demo.enabled=true", SeedWorld.ENABLED + "=false",
				TestDatabase.DATABASE + "=thidua_demo", "thidua.reminders.cron=-", "thidua.reminders.at-startup=false",
				"thidua.signing.keystore-dir=target/demo-keystores" })
@AutoConfigureMockMvc
@Import(TestDatabase.class)
class DemoDataTests {

	@Autowired
	UnitSigners signers;

	/**
	 * Vĩnh Long's decisions can be signed in the demo, with a certificate nobody can take
	 * for a real one.
	 */
	@Test
	void theDemoProvinceSignsWithATestCertificate() {
		assertThat(signers.forUnit("VL"))
			.hasValueSatisfying(signer -> assertThat(signer.signerName()).contains("Vĩnh Long", TestCertificates.MARK));
	}

	/**
	 * Trà Vinh's socio-economic movement, whose Cụm Thi đua số 1 reached 31.434,47 of
	 * 72.580 tỷ đồng (43,31 %) in the first half of 2023, as the seed article tells it.
	 */
	private static final String SEED_MOVEMENT = "TV-KTXH-2021";

	private static final Pattern WORK_ITEM = Pattern.compile("class=\"[^\"]*\\bdue-line\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	MovementQueries movements;

	@Autowired
	UnitCatalog units;

	@Test
	void theSignInPageOffersEveryDemoAccountWithTheSharedPassword() throws Exception {
		String page = mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"demo-accounts\"").contains(DemoAccount.PASSWORD);
		assertThat(accounts()).isNotEmpty().allSatisfy(account -> assertThat(page).contains(account.username()));
	}

	/**
	 * Work items come from movements, clusters and proposals; an administrator has none
	 * by design, and finds the accounts and the audit trail on the home page instead.
	 */
	@ParameterizedTest
	@MethodSource("accounts")
	void everyDemoAccountSignsInAndFindsWorkOnItsHomePage(DemoAccount account) throws Exception {
		String home = mvc.perform(get("/").cookie(signIn(account)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(home).contains(account.fullName());
		if (account.role() == Role.ADMIN) {
			assertThat(home).contains("href=\"/accounts\"").contains("href=\"/audit\"");
		}
		else {
			assertThat(WORK_ITEM.matcher(home).results().count()).as("work items on the home page of %s", account)
				.isPositive();
		}
	}

	@Test
	void theClusterMovementShowsTheSeedArticlesMidYearFigures() throws Exception {
		long id = movements.findIdByCode(SEED_MOVEMENT).orElseThrow();
		DemoAccount admin = accounts().stream()
			.filter(account -> account.role() == Role.ADMIN)
			.findFirst()
			.orElseThrow();

		String summary = mvc.perform(
				get("/movements/{id}/summary", id).param("year", "2023").param("period", "H1").cookie(signIn(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(summary).contains("thực hiện 31.434,47 tỷ đồng, đạt 43,31 % so kế hoạch (72.580 tỷ đồng)");
	}

	static List<DemoAccount> accounts() {
		return DemoData.ACCOUNTS;
	}

	private Cookie signIn(DemoAccount account) throws Exception {
		Cookie session = mvc.perform(formLogin().user(account.username()).password(DemoAccount.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("the session of %s", account.username()).isNotNull();
		return session;
	}

	/**
	 * Today's country with the seeds' history underneath: Trà Vinh ended on 30/06/2025
	 * and was carried into the new Tỉnh Vĩnh Long by an applied plan; Mỹ Hòa's work goes
	 * on in xã Cầu Ngang, and every demo account belongs to a unit that exists today.
	 */
	@Test
	void theDemoShowsTodaysUnitsWithTheSeedsHistoryUnderneath() {
		UnitRow traVinh = units.findByCode("TV").orElseThrow();
		assertThat(traVinh.active()).isFalse();
		assertThat(traVinh.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(units.successors(traVinh.id())).extracting(UnitRow::name).containsExactly("Tỉnh Vĩnh Long");
		UnitRow caungang = units.findActiveByCode("VL-CAUNGANG").orElseThrow();
		assertThat(caungang.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(caungang.officialCode()).isEqualTo("29416");
		assertThat(units.predecessors(caungang.id())).extracting(UnitRow::name).contains("Xã Mỹ Hòa");
		assertThat(units.findByCode("HNA-DT-TN").map(unit -> units.successors(unit.id())).orElseThrow())
			.extracting(UnitRow::name)
			.containsExactly("Phường Tiên Sơn", "Phường Hà Nam");
		assertThat(DemoData.ACCOUNTS)
			.allSatisfy(account -> assertThat(units.findActiveByCode(account.unitCode())).isPresent());
	}

}
