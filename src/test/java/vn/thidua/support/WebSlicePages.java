package vn.thidua.support;

import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * What a rendered page shows, as the shared form fragments write it.
 */
public final class WebSlicePages {

	private WebSlicePages() {
	}

	/**
	 * The message shown beside a form field ({@code fragments/forms}), exactly.
	 */
	public static ResultMatcher fieldError(String field, String message) {
		return content().string(containsString("id=\"" + field + "-error\">" + message + "</div>"));
	}

	/**
	 * The page contains the text.
	 */
	public static ResultMatcher shows(String text) {
		return content().string(containsString(text));
	}

}
