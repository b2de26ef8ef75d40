package vn.thidua.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * A request with a session cookie that no longer names a session (expired, signed out
 * elsewhere, the server's sessions cleared): the cookie is removed and the browser sent
 * to the sign-in page. Spring Security's own strategy started a new, empty session for it
 * instead, so every stale cookie stored a session row.
 */
final class StaleSessionCookie implements InvalidSessionStrategy {

	private final CookieSerializer cookies;

	private final String target;

	StaleSessionCookie(CookieSerializer cookies, String target) {
		this.cookies = cookies;
		this.target = target;
	}

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		cookies.writeCookieValue(new CookieValue(request, response, ""));
		response.sendRedirect(request.getContextPath() + target);
	}

}
