package vn.thidua.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A Thymeleaf view whose template variables live in a map of the rendering, not in the
 * request. Thymeleaf keeps every variable — the model, each {@code th:each} row, each
 * {@code th:with} — as a request attribute, so each read and write went through Spring
 * Session's and Spring Security's request wrappers down to Tomcat's attribute maps: 9 %
 * of the registry page's CPU under load, 2 % now (JFR, docs/benchmarks.md). Attributes
 * set before rendering (the CSRF token, Spring's own) are still read from the request.
 */
public class RenderScopedView extends ThymeleafView {

	static BeanPostProcessor installer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(RenderScopedView.class);
				}
				return bean;
			}
		};
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		super.render(model, new RenderScopedAttributes(request), response);
	}

	static final class RenderScopedAttributes extends HttpServletRequestWrapper {

		private static final Object REMOVED = new Object();

		private final Map<String, Object> attributes = new HashMap<>(64);

		RenderScopedAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			Object value = this.attributes.get(name);
			if (value == null) {
				return super.getAttribute(name);
			}
			return (value != REMOVED) ? value : null;
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			if (value == null) {
				removeAttribute(name);
			}
			else {
				this.attributes.put(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, REMOVED);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			this.attributes.forEach((name, value) -> {
				if (value == REMOVED) {
					names.remove(name);
				}
				else {
					names.add(name);
				}
			});
			return Collections.enumeration(names);
		}

	}

}
