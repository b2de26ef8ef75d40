package vn.thidua.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.thidua.shared.text.UnitNames;

/**
 * Names as running text in the page's language needs them, in templates:
 * {@code ${@runningText.unit(name)}} for a unit's name in the middle of a sentence ("báo
 * cáo của xã Mỹ Hòa"; in English the name stays as registered).
 */
@Component("runningText")
public class RunningText {

	public @Nullable String unit(@Nullable String name) {
		return name == null ? null : UnitNames.inSentence(name, LocaleContextHolder.getLocale());
	}

}
