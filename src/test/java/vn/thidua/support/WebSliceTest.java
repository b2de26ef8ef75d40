package vn.thidua.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.annotation.DirtiesContext;

import vn.thidua.integration.ApiProblemWriter;
import vn.thidua.shared.web.Assets;
import vn.thidua.shared.web.Navigation;
import vn.thidua.shared.web.NumberDisplay;
import vn.thidua.shared.web.RunningText;
import vn.thidua.shared.web.StatusBadges;

/**
 * A web slice: the named controllers with everything web of the application — the real
 * security rules (routes, roles, CSRF, the sign-in redirect), the shared controller
 * advice (Flash, the error pages of {@code NotFoundException},
 * {@code BusinessRuleViolation} and stale edits), the message bundles with Vietnamese by
 * default, the date formatter and validators, the Thymeleaf templates with the layout —
 * and no database: the controllers' services are {@code @MockitoBean}s of the test.
 * "Today" is {@link WebSliceConfiguration#NOW}.
 * <p>
 * A slice starts in a second or two (its beans are made when first used; the first slice
 * of a run also loads the classes) and is a unit test of {@code ./mvnw test}
 * ({@code TestPyramidTests} lets it go untagged). It proves what the controller and the
 * web layer do with a request: binding, validation messages, redirects and flashes,
 * status codes, headers. Whether the service does the right thing with real data (scope,
 * persistence, audit) stays with an {@link IntegrationTest}. Requests are signed in with
 * {@link WebSliceUsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = { "thidua.demo.enabled=false", "spring.main.lazy-initialization=true" }, includeFilters = {
		// the beans templates call by name (@navigation, @assets, @badges, @num,
		// @runningText), and the writer the API's controller advice needs
		@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { Navigation.class, Assets.class, StatusBadges.class, NumberDisplay.class, RunningText.class,
						ApiProblemWriter.class }),
		// the sign-in page's demo accounts (DemoAccountsOnSignIn), off as in
		// production
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.thidua\\.demo\\.DemoMode") })
@Import(WebSliceConfiguration.class)
// each slice's context serves one test class; closed after it, it leaves nothing running
// for the tests after
@DirtiesContext
public @interface WebSliceTest {

	/**
	 * The controllers under test.
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
