package vn.thidua.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.thidua.shared.security.SignedInUser;

/**
 * Until an account that must change its password (new, reset, or the bootstrap
 * administrator's one-time password) has changed it, it reaches the password page and
 * sign-out only: a page view is sent to the password page, anything else is refused.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private static final Set<String> OPEN = Set.of(PASSWORD_PAGE, "/logout", "/login", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mustChangePassword() || isOpen(request)) {
			chain.doFilter(request, response);
			return;
		}
		if ("GET".equals(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE + "?required");
		}
		else {
			response.sendError(HttpStatus.FORBIDDEN.value());
		}
	}

	private static boolean mustChangePassword() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword();
	}

	private static boolean isOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.contains(path) || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/images/") || path.equals("/favicon.ico");
	}

}
