package vn.thidua.account;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.support.TreeFixture;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.world.WorldAccount;
import vn.thidua.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	WorldUsers users;

	@Autowired
	TreeFixture tree;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void simultaneousWrongPasswordsNeverGetPastTheLimitAndLockOnlyTheirSource() throws Exception {
		String username = tree.prefix().toLowerCase(java.util.Locale.ROOT) + ".dich";
		asAdmin(() -> accounts.create(username, "MatKhau@123",
				new AccountDetails("Người Bị Dò", null, "TV-TC", Set.of(Role.OFFICER), true), false, tree.system()));
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var answers = new java.util.ArrayList<java.util.concurrent.Future<String>>();
			for (int i = 0; i < 24; i++) {
				answers.add(pool.submit(() -> mvc.perform(formLogin().user(username).password("sai"))
					.andReturn()
					.getResponse()
					.getRedirectedUrl()));
			}
			var urls = new java.util.ArrayList<String>();
			for (var answer : answers) {
				urls.add(answer.get());
			}
			assertThat(urls).containsOnly("/login?error=bad", "/login?error=locked");
			assertThat(urls).filteredOn("/login?error=bad"::equals).hasSizeLessThanOrEqualTo(5);
		}
		finally {
			pool.shutdown();
		}

		mvc.perform(formLogin().user(username).password("MatKhau@123")).andExpect(redirectedUrl("/login?error=locked"));
		mvc.perform(post("/login").param("username", username)
			.param("password", "MatKhau@123")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.1.2.3");
				return request;
			})).andExpect(redirectedUrl("/"));
	}

	@Test
	void unknownAndDisabledUsernamesAnswerAWrongPasswordLikeAnyOther() throws Exception {
		String prefix = tree.prefix().toLowerCase(java.util.Locale.ROOT);
		asAdmin(() -> accounts.create(prefix + ".tat", "MatKhau@123",
				new AccountDetails("Người Bị Tắt", null, "TV-TC", Set.of(Role.OFFICER), false), false, tree.system()));

		for (String username : new String[] { prefix + ".khongco", prefix + ".tat" }) {
			for (int i = 0; i < 5; i++) {
				mvc.perform(formLogin().user(username).password("sai")).andExpect(redirectedUrl("/login?error=bad"));
			}
			mvc.perform(formLogin().user(username).password("sai")).andExpect(redirectedUrl("/login?error=locked"));
		}
	}

	@Test
	void anAdministratorLiftsTheLockAndTheLiftIsAudited() throws Exception {
		String username = tree.prefix().toLowerCase(java.util.Locale.ROOT) + ".mo";
		long id = asAdmin(() -> accounts.create(username, "MatKhau@123",
				new AccountDetails("Người Được Mở", null, "TV-TC", Set.of(Role.OFFICER), true), false, tree.system())
			.getId());
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(username).password("sai"));
		}
		mvc.perform(formLogin().user(username).password("MatKhau@123")).andExpect(redirectedUrl("/login?error=locked"));

		mvc.perform(post("/accounts/" + id + "/unlock").with(users.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/accounts/" + id + "/edit"))
			.andExpect(flash().attribute("flashKey", "account.unlocked"));

		mvc.perform(formLogin().user(username).password("MatKhau@123")).andExpect(redirectedUrl("/"));
		// a second lift finds nothing to lift, says so and audits nothing
		mvc.perform(post("/accounts/" + id + "/unlock").with(users.as("admin")).with(csrf()))
			.andExpect(flash().attribute("flashKey", "account.notLocked"));
		assertThat(jdbc
			.sql("select count(*) from audit_entry where entity_type = 'Account' and entity_id = ? "
					+ "and jsonb_exists(changes, 'signInLock')")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isOne();
	}

	private <T> T asAdmin(java.util.function.Supplier<T> action) {
		SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated("admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"))));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void fiveFailedSignInsLockTheAccountEvenForTheRightPassword() throws Exception {
		accounts.create("khoa.thu", "MatKhau@123",
				new AccountDetails("Người Thử Khóa", null, "TV-TC", Set.of(Role.UNIT_REPORTER), true), false,
				users.current("admin"));
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin().user("khoa.thu").password("sai")).andExpect(redirectedUrl("/login?error=bad"));
		}
		mvc.perform(formLogin().user("khoa.thu").password("sai")).andExpect(redirectedUrl("/login?error=bad"));

		mvc.perform(formLogin().user("khoa.thu").password("MatKhau@123"))
			.andExpect(redirectedUrl("/login?error=locked"));
	}

	@Test
	void aSignInWithTheRightPasswordSucceeds() throws Exception {
		mvc.perform(formLogin().user("officer.nd").password(WorldAccount.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aForgedPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		Cookie session = mvc.perform(get("/account/password").with(users.as("officer.nd")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();

		mvc.perform(post("/account/password").cookie(session)
			.with(users.as("officer.nd"))
			.param("currentPassword", WorldAccount.PASSWORD)
			.param("newPassword", "MatKhauMoi@1")
			.param("confirmPassword", "MatKhauMoi@1")).andExpect(status().isForbidden());

		mvc.perform(formLogin().user("officer.nd").password(WorldAccount.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aPostAfterTheSessionExpiredLeadsBackToTheSignInPage() throws Exception {
		mvc.perform(post("/account/password").param("currentPassword", "x")).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAccountCreatedByAnAdminMustChangeItsPasswordAtFirstSignIn() throws Exception {
		mvc.perform(post("/accounts").with(users.as("admin"))
			.with(csrf())
			.param("username", "Moi.TaoBoi.Admin")
			.param("password", "TamThoi@123")
			.param("fullName", "Người Mới")
			.param("unitCode", "TV-TC")
			.param("roles", "UNIT_REPORTER")
			.param("enabled", "true")).andExpect(status().isFound());

		mvc.perform(formLogin().user("moi.taoboi.admin").password("TamThoi@123"))
			.andExpect(redirectedUrl("/account/password?required"));
	}

	@Test
	void untilItChangesItsPasswordAnAccountReachesOnlyThePasswordPageAndSignOut() throws Exception {
		String username = tree.prefix().toLowerCase(java.util.Locale.ROOT) + ".moi";
		SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated("admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"))));
		try {
			accounts.create(username, "TamThoi@123",
					new AccountDetails("Người Mới", null, "TV-TC", Set.of(Role.OFFICER), true), true, tree.system());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		Cookie session = mvc.perform(formLogin().user(username).password("TamThoi@123"))
			.andExpect(redirectedUrl("/account/password?required"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		mvc.perform(get("/registry").cookie(session)).andExpect(redirectedUrl("/account/password?required"));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password?required"));
		mvc.perform(post("/units/new").cookie(session).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", "TamThoi@123")
			.param("newPassword", "MoiDoi@2026!x")
			.param("confirmPassword", "MoiDoi@2026!x")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/registry").cookie(session)).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aWeakPasswordOrAForeignUnitIsRefused() {
		var officer = users.current("officer.tv");
		var tvAdmin = new CurrentUser(officer.accountId(), "tv.admin", "x", officer.unitId(), Set.of(Role.ADMIN));

		assertThatThrownBy(() -> accounts.create("yeu.mk", "1234567",
				new AccountDetails("Yếu", null, "TV-TC", Set.of(Role.OFFICER), true), true, tvAdmin))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("password.tooShort");
		assertThatThrownBy(() -> accounts.create("ngoai.pv", "MatKhau@123",
				new AccountDetails("Ngoài", null, "ND-HH", Set.of(Role.OFFICER), true), true, tvAdmin))
			.hasMessageContaining("account.unit.notFound");
		long namDinhOfficer = users.current("officer.nd").accountId();
		assertThatThrownBy(() -> accounts.show(namDinhOfficer, tvAdmin)).isInstanceOf(NotFoundException.class);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAccountLeftAtAnEndedUnitIsMarkedAndFoundByItsFilter() {
		String p = tree.prefix();
		long province = tree.root();
		tree.unit(province, p, "Xã Đã Kết Thúc " + p, UnitKind.COMMUNE, LocalDate.of(2020, 1, 1));
		String stranded = p.toLowerCase(Locale.ROOT) + ".cu";
		tree.account(stranded, p, Role.OFFICER);
		jdbc.sql("update unit set active = false, valid_to = date '2025-06-30' where code = ?").param(p).update();
		var pageOfTen = PageRequest.of(0, 10);

		var found = accounts.list(p, true, tree.system(), pageOfTen);
		assertThat(found.getContent()).extracting(AccountRow::username, AccountRow::unitActive)
			.containsExactly(tuple(stranded, false));
		assertThat(accounts.list("officer.tv", true, tree.system(), pageOfTen).getContent()).isEmpty();
		assertThat(accounts.list("officer.tv", false, tree.system(), pageOfTen).getContent())
			.extracting(AccountRow::unitActive)
			.containsOnly(true);
	}

	@Test
	void changingTheOwnPasswordNeedsTheCurrentOne() {
		var reporter = users.current("reporter.tv-cn");

		assertThatThrownBy(() -> accounts.changeOwnPassword(reporter, "khong-dung", "MatKhauMoi@1"))
			.hasMessageContaining("password.current.wrong");
	}

}
