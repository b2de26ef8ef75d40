package vn.thidua.shared.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's static file URLs: versioned, under the application's context path, and
 * resolved once per file.
 */
class AssetsTests {

	private final ResourceUrlProvider resources = new ResourceUrlProvider();

	AssetsTests() throws Exception {
		ResourceHttpRequestHandler css = new ResourceHttpRequestHandler();
		css.setLocations(List.of(new ClassPathResource("static/css/")));
		css.setResourceResolvers(
				List.of(new VersionResourceResolver().addContentVersionStrategy("/**"), new PathResourceResolver()));
		css.afterPropertiesSet();
		resources.setHandlerMap(Map.of("/css/**", css));
	}

	@AfterEach
	void endRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aFileIsLinkedByItsVersionedUrlUnderTheContextPath() {
		Assets assets = new Assets(resources);
		inContext("/thidua");
		String css = assets.url("/css/app.css");
		assertThat(css).matches("/thidua/css/app-[0-9a-f]{32}\\.css");
		assertThat(assets.url("/css/app.css")).as("kept, not resolved again").isSameAs(css);

		assertThat(assets.url("/js/unknown.js")).as("a file the handlers do not know")
			.isEqualTo("/thidua/js/unknown.js");
		inContext("");
		assertThat(assets.url("/css/app.css")).isEqualTo(css.substring("/thidua".length()));
	}

	private static void inContext(String contextPath) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setContextPath(contextPath);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
