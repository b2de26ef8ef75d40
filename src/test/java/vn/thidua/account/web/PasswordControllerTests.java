package vn.thidua.account.web;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.account.AccountManagement;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.WebSlicePages.fieldError;
import static vn.thidua.support.WebSliceUsers.as;
import static vn.thidua.support.WebSliceUsers.current;
import static vn.thidua.support.WebSliceUsers.mustChangePassword;

/**
 * Changing one's own password, in a web slice: each missing or mismatched value is shown
 * beside its field in Vietnamese before the service is asked, the service's refusals land
 * beside the field they concern, and only a signed-in user with a CSRF token gets here.
 */
@WebSliceTest(PasswordController.class)
class PasswordControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AccountManagement accounts;

	@Test
	void theFormOpensInVietnamese() throws Exception {
		mvc.perform(get("/account/password").with(as(Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"h3\">Đổi mật khẩu</h1>")))
			.andExpect(content().string(containsString("Nhập lại mật khẩu mới")));
	}

	@Test
	void missingValuesAreShownBesideTheirFieldsAndTheServiceIsNotAsked() throws Exception {
		mvc.perform(change("", "", "").with(as(Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(fieldError("currentPassword", "Không được để trống."))
			.andExpect(fieldError("newPassword", "Không được để trống."))
			.andExpect(fieldError("confirmPassword", "Không được để trống."));
		verifyNoInteractions(accounts);
	}

	@Test
	void aMismatchedConfirmationIsShownAndTheServiceIsNotAsked() throws Exception {
		mvc.perform(change("cũ-Mật-khẩu1", "Mới-Mật-khẩu-2026", "Mới-Mật-khẩu-2025").with(as(Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(fieldError("confirmPassword", "Hai lần nhập mật khẩu mới không khớp."))
			.andExpect(content().string(not(containsString("id=\"newPassword-error\""))));
		verifyNoInteractions(accounts);
	}

	@Test
	void aWrongCurrentPasswordIsShownBesideItsField() throws Exception {
		doThrow(new BusinessRuleViolation("password.current.wrong")).when(accounts)
			.changeOwnPassword(any(), anyString(), anyString());
		mvc.perform(change("sai", "Mới-Mật-khẩu-2026", "Mới-Mật-khẩu-2026").with(as(Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(fieldError("currentPassword", "Mật khẩu hiện tại không đúng."))
			.andExpect(flash().attributeCount(0));
	}

	@Test
	void aTooShortNewPasswordIsShownBesideTheNewPassword() throws Exception {
		doThrow(new BusinessRuleViolation("password.tooShort", 12)).when(accounts)
			.changeOwnPassword(any(), anyString(), anyString());
		mvc.perform(change("cũ", "ngắn", "ngắn").with(as(Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(fieldError("newPassword", "Mật khẩu phải có ít nhất 12 ký tự."));
	}

	@Test
	void aValidChangeIsPassedOnForTheSignedInUserAndAnnounced() throws Exception {
		mvc.perform(change("cũ-Mật-khẩu1", "Mới-Mật-khẩu-2026", "Mới-Mật-khẩu-2026").with(as(Role.OFFICER)))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flashKey", "password.changed"));
		verify(accounts).changeOwnPassword(eq(current(Role.OFFICER)), eq("cũ-Mật-khẩu1"), eq("Mới-Mật-khẩu-2026"));
	}

	@Test
	void aUserWhoMustChangeThePasswordIsSentHereFromAnyOtherPage() throws Exception {
		mvc.perform(get("/account/password").with(mustChangePassword(Role.OFFICER))).andExpect(status().isOk());
		mvc.perform(get("/movements").with(mustChangePassword(Role.OFFICER)))
			.andExpect(redirectedUrl("/account/password?required"));
	}

	@Test
	void anAnonymousVisitorIsSentToTheSignInPage() throws Exception {
		mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
		mvc.perform(change("a", "b", "b")).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(accounts);
	}

	/**
	 * A forged form: posted from elsewhere, it cannot carry the session's CSRF token.
	 */
	@Test
	void aChangeWithAWrongCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/account/password").param("currentPassword", "cũ-Mật-khẩu1")
			.param("newPassword", "Mới-Mật-khẩu-2026")
			.param("confirmPassword", "Mới-Mật-khẩu-2026")
			.with(as(Role.OFFICER))
			.with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		verify(accounts, never()).changeOwnPassword(any(), anyString(), anyString());
	}

	/**
	 * No CSRF token at all: the session it belonged to is gone, so back to signing in.
	 */
	@Test
	void aChangeWithoutAnyCsrfTokenLeadsBackToTheSignInPage() throws Exception {
		mvc.perform(post("/account/password").param("currentPassword", "cũ-Mật-khẩu1")
			.param("newPassword", "Mới-Mật-khẩu-2026")
			.param("confirmPassword", "Mới-Mật-khẩu-2026")
			.with(as(Role.OFFICER))).andExpect(redirectedUrl("/login?expired"));
		verifyNoInteractions(accounts);
	}

	/**
	 * What makes this a unit test ({@code WebSliceTest}): no database in the context, and
	 * the application's own security rules rather than Spring Boot's default.
	 */
	@Test
	void theSliceHasTheApplicationsSecurityAndNoDatabase(@Autowired ApplicationContext context) {
		assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
		assertThat(context.getBeanNamesForType(JdbcClient.class)).isEmpty();
		assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).containsExactly("securityFilterChain");
	}

	private static MockHttpServletRequestBuilder change(String current, String fresh, String confirmation) {
		return post("/account/password").param("currentPassword", current)
			.param("newPassword", fresh)
			.param("confirmPassword", confirmation)
			.with(csrf());
	}

}
