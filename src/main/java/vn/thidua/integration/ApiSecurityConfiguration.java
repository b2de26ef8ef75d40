package vn.thidua.integration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API's own filter chain, before the pages' form sign-in: stateless, no session, no
 * CSRF (nothing is authenticated by a cookie), API keys only. Reads need any key, writes
 * a write key; the documentation is public.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String DOCS = "/api/docs";

	static final String SPEC = "/api/v1/openapi.json";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyAuthentication keys, ApiRateLimiter limiter,
			ApiProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(DOCS, DOCS + "/**", SPEC, SPEC + "/**", "/api/swagger-ui/**")
						.permitAll()
						.requestMatchers(HttpMethod.GET, "/api/v1/**")
						.hasAuthority(ApiAccess.READ_AUTHORITY)
						.requestMatchers("/api/v1/**")
						.hasAuthority(ApiAccess.WRITE_AUTHORITY)
						.anyRequest()
						.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.addFilterBefore(new ApiKeyFilter(keys, limiter, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.key.missing");
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"api.forbidden")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

}
