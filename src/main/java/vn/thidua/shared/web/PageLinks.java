package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of the list being shown, keeping every other parameter of the
 * current request.
 */
public final class PageLinks {

	private final String current;

	PageLinks(HttpServletRequest request) {
		String query = request.getQueryString();
		this.current = request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	public String to(int page) {
		return UriComponentsBuilder.fromUriString(current).replaceQueryParam("page", page).build(true).toUriString();
	}

}
