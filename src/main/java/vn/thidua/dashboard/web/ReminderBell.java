package vn.thidua.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.thidua.dashboard.ReminderInbox;
import vn.thidua.shared.security.SignedInUser;

/**
 * The unread count on the menu's bell, for every full page a signed-in user is shown: one
 * indexed count, rendered with the page rather than asked for by a second request, and
 * skipped for redirects and htmx fragments.
 */
@Configuration(proxyBeanMethods = false)
class ReminderBell implements HandlerInterceptor, WebMvcConfigurer {

	private final ReminderInbox inbox;

	ReminderBell(ReminderInbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
				|| view.getViewName().contains("::") || request.getHeader("HX-Request") != null
				|| authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return;
		}
		view.addObject("unreadReminders", inbox.unread(user.currentUser()));
	}

}
