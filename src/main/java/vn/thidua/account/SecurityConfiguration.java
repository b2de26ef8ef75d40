package vn.thidua.account;

import java.net.URI;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.session.web.http.CookieSerializer;

import vn.thidua.shared.security.SignedInUser;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * Nothing an anonymous visitor does stores a session: the CSRF token of the sign-in
	 * form lives in a cookie (http-only; the forms and htmx headers get it from the
	 * page), the page asked for before signing in is remembered in a cookie, and a stale
	 * session cookie is cleared rather than answered with a new session. A session is
	 * created only when someone signs in.
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CookieSerializer sessionCookie) throws Exception {
		var requestCache = new CookieRequestCache();
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/verify/*")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/accounts/**", "/audit/**", "/api-keys/**", "/reorganisations/**",
					"/document-templates/**")
			.hasRole("ADMIN")
			.requestMatchers("/signatures/**")
			.hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers("/imports/**", "/units/import/**", "/units/new", "/clusters/new", "/clusters/*/years/new",
					"/certificate-layouts", "/certificate-layouts/**")
			.hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers(HttpMethod.POST, "/people")
			.hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers(HttpMethod.GET, "/people")
			.hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers("/people/new", "/people/duplicates", "/people/merges/**", "/people/transfers/**",
					"/people/*/edit", "/people/*/transfer")
			.hasAnyRole("ADMIN", "OFFICER")
			.anyRequest()
			.authenticated())
			.addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInPage()))
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(login -> login.loginPage("/login")
				.successHandler(successHandler(requestCache))
				.failureHandler(failureHandler()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				.invalidSessionStrategy(new StaleSessionCookie(sessionCookie, "/login?expired")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	ThrottledAuthenticationProvider authenticationProvider(AccountUserDetailsService users,
			PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		var passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		var accountStatus = new AccountStatusUserDetailsChecker();
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(accountStatus);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

	/**
	 * The session cookie is Secure when the public address is https, even where the proxy
	 * in front speaks plain http to the application.
	 */
	@Bean
	DefaultCookieSerializerCustomizer secureCookieBehindHttps(@Value("${thidua.public-url}") String publicUrl) {
		return serializer -> {
			if (publicUrl.startsWith("https://")) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	/**
	 * No security observations: with observations merely switched off by property, every
	 * security filter was still wrapped in an observing filter on every request. The
	 * requests themselves are still observed ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Sends an anonymous visitor to the sign-in page by a relative redirect: the Host
	 * header a client sends is never written back into a Location. A request htmx made
	 * from a page (its session ended) loads the sign-in page as the whole page instead.
	 */
	private static AuthenticationEntryPoint signInPage() {
		var page = new LoginUrlAuthenticationEntryPoint("/login");
		page.setFavorRelativeUris(true);
		return (request, response, refusal) -> {
			if (request.getHeader("HX-Request") != null) {
				StaleSessionCookie.signInAgain(request, response, "/login");
			}
			else {
				page.commence(request, response, refusal);
			}
		};
	}

	private static AuthenticationSuccessHandler successHandler(RequestCache requestCache) {
		var toTarget = new SavedRequestAwareAuthenticationSuccessHandler();
		toTarget.setRequestCache(requestCache);
		// back to the page asked for by its path, whatever Host the request carried
		toTarget.setRedirectStrategy((request, response, url) -> {
			URI target = URI.create(url);
			String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
			response.sendRedirect(path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
		});
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()) {
				response.sendRedirect(request.getContextPath() + PasswordChangeGate.PASSWORD_PAGE + "?required");
				return;
			}
			toTarget.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error=bad");
		// the reason is in the URL; the exception need not be kept in a new session
		handler.setAllowSessionCreation(false);
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?error=locked",
				DisabledException.class.getName(), "/login?error=disabled"));
		return handler;
	}

}
