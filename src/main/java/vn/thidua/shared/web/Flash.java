package vn.thidua.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Flash messages by key, shown once by the layout after a redirect.
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes attributes, String messageKey, Object... args) {
		attributes.addFlashAttribute("flashKey", messageKey);
		attributes.addFlashAttribute("flashArgs", args);
	}

	public static void error(RedirectAttributes attributes, String messageKey, Object... args) {
		attributes.addFlashAttribute("flashErrorKey", messageKey);
		attributes.addFlashAttribute("flashArgs", args);
	}

}
