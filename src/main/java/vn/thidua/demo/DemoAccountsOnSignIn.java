package vn.thidua.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The demo accounts and their password on the sign-in page, in demo mode only. Added to
 * that one view after its controller ran, rather than by a controller advice's
 * {@code @ModelAttribute} methods, which Spring invoked for every request.
 */
@Configuration(proxyBeanMethods = false)
class DemoAccountsOnSignIn implements HandlerInterceptor, WebMvcConfigurer {

	private static final String SIGN_IN_VIEW = "login";

	private final DemoMode demoMode;

	DemoAccountsOnSignIn(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view != null && SIGN_IN_VIEW.equals(view.getViewName()) && demoMode.isEnabled()) {
			view.addObject("demoAccounts", DemoData.ACCOUNTS);
			view.addObject("demoPassword", DemoAccount.PASSWORD);
		}
	}

}
