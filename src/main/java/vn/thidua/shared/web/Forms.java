package vn.thidua.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * Form records are built by constructor binding, which builds nothing when a value cannot
 * be converted (an unknown choice, letters in an id). The UI never sends such values, so
 * the request was tampered with: it is refused as a bad request before anything runs.
 */
public final class Forms {

	private Forms() {
	}

	public static void requireBound(BindingResult result) {
		if (result.getTarget() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values cannot be converted");
		}
	}

}
