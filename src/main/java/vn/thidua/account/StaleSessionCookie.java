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
		signInAgain(request, response, target);
	}

	/**
	 * Sends the visitor to {@code target}: by a redirect, or, for a request htmx made
	 * from a page (a grid's cell, a search box), by telling htmx to load it as the whole
	 * page — a redirect would be followed inside the request and the sign-in page swapped
	 * into the cell.
	 */
	static void signInAgain(HttpServletRequest request, HttpServletResponse response, String target)
			throws IOException {
		String location = request.getContextPath() + target;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", location);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(location);
		}
	}

}
