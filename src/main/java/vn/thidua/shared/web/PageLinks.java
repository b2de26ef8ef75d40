package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
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

	/**
	 * Gives every rendered view its {@code pageLinks}. An interceptor, not a
	 * {@code @ModelAttribute} method of a controller advice: Spring invoked that method
	 * reflectively for every request, the API's and redirects included.
	 */
	static final class Provider implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				@Nullable ModelAndView view) {
			if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")) {
				view.addObject("pageLinks", new PageLinks(request));
			}
		}

	}

}
