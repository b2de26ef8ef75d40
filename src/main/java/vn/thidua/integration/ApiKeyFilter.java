package vn.thidua.integration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.thidua.integration.ApiKeyManagement.ApiCaller;
import vn.thidua.shared.security.SignedInUser;

/**
 * Authenticates {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}: a known,
 * unrevoked key becomes the signed-in user of the request, within its rate limit. A key
 * that is presented but unknown or revoked is refused at once; a request without one goes
 * on and is refused where authentication is required.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiKeyAuthentication keys;

	private final ApiRateLimiter limiter;

	private final ApiProblemWriter problems;

	ApiKeyFilter(ApiKeyAuthentication keys, ApiRateLimiter limiter, ApiProblemWriter problems) {
		this.keys = keys;
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presentedKey(request);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiCaller> caller = keys.authenticate(presented);
		if (caller.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.key.invalid");
			return;
		}
		ConsumptionProbe probe = limiter.consume(caller.get().keyId());
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.rateLimited");
			return;
		}
		response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(caller.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static UsernamePasswordAuthenticationToken authentication(ApiCaller caller) {
		List<GrantedAuthority> authorities = new ArrayList<>(caller.user().roles());
		authorities.add(new SimpleGrantedAuthority(ApiAccess.READ_AUTHORITY));
		if (caller.access() == ApiAccess.WRITE) {
			authorities.add(new SimpleGrantedAuthority(ApiAccess.WRITE_AUTHORITY));
		}
		var principal = new SignedInUser(caller.user(), "", true, true, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}

	private static @Nullable String presentedKey(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length()).strip();
		}
		String header = request.getHeader("X-API-Key");
		return header == null || header.isBlank() ? null : header.strip();
	}

}
