package vn.thidua.shared.web;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WorldUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages keep their template variables to themselves: they are read and written in the
 * rendering's own map, while what the request held before is still seen.
 */
@IntegrationTest
class RenderScopedViewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorldUsers users;

	@Test
	void aPageRendersWithoutWritingItsVariablesIntoTheRequest() throws Exception {
		MvcResult result = mvc.perform(get("/registry").with(users.as("officer.tv")))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getRequest().getAttribute("springRequestContext")).isNull();
		assertThat(result.getRequest().getAttribute("rows")).isNull();
		assertThat(result.getResponse().getContentAsString())
			.as("the CSRF token, a request attribute set before rendering, reaches the forms")
			.containsPattern("name=\"_csrf\" value=\"[^\"]+\"")
			.contains("id=\"awards\"");
	}

	@Test
	void theRenderingsVariablesShadowTheRequestsAndRemovingOneHidesIt() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute("held", "by the request");
		RenderScopedView.RenderScopedAttributes rendering = new RenderScopedView.RenderScopedAttributes(request);

		rendering.setAttribute("row", 1);
		rendering.setAttribute("held", "by the page");
		assertThat(rendering.getAttribute("row")).isEqualTo(1);
		assertThat(rendering.getAttribute("held")).isEqualTo("by the page");
		assertThat(request.getAttribute("row")).isNull();
		assertThat(request.getAttribute("held")).isEqualTo("by the request");
		assertThat(Collections.list(rendering.getAttributeNames())).contains("row", "held");

		rendering.removeAttribute("held");
		rendering.setAttribute("row", null);
		assertThat(rendering.getAttribute("held")).isNull();
		assertThat(rendering.getAttribute("row")).isNull();
		assertThat(Collections.list(rendering.getAttributeNames())).doesNotContain("row", "held");
		assertThat(request.getAttribute("held")).isEqualTo("by the request");
	}

}
