package vn.thidua.award.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * An award type as the registry's type filter offers it: named in Java, where a message
 * expression per option cost the page a template look-up each. Public for the same reason
 * as {@link RegistryLine}.
 */
public record TypeOption(String code, String label) {

	static List<TypeOption> of(List<String> codes, MessageSource messages, Locale locale) {
		return codes.stream()
			.map(code -> new TypeOption(code, RegistryLine.message(messages, "AwardType." + code, locale)))
			.toList();
	}

}
