package vn.thidua.account;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.mockito.Mockito.mock;

/**
 * The application's real {@link SecurityConfiguration} (routes, roles, CSRF, the sign-in
 * redirect, the security headers) for a web slice, with the two collaborators of its
 * password sign-in that read the database replaced by mocks: a slice's requests come
 * signed in by MockMvc, never through the sign-in form.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SignInForSlices {

	@Bean
	AccountUserDetailsService accountUserDetailsService() {
		return mock(AccountUserDetailsService.class);
	}

	@Bean
	SignInThrottle signInThrottle() {
		return mock(SignInThrottle.class);
	}

}
