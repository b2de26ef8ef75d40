package vn.thidua.integration;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of an API answer: English when {@code Accept-Language} prefers it,
 * Vietnamese otherwise. The pages' language cookie plays no part.
 */
public final class ApiLocale {

	private static final Locale VIETNAMESE = Locale.of("vi", "VN");

	private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	private ApiLocale() {
	}

	public static Locale of(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return VIETNAMESE;
		}
		try {
			Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return found == null ? VIETNAMESE : found;
		}
		catch (IllegalArgumentException ex) {
			return VIETNAMESE;
		}
	}

}
