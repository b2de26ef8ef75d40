package vn.thidua.shared.web;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in a JSON body follows the rules of text in a form: composed (NFC), and refused
 * where it holds a character the database cannot store or an invisible direction
 * override, at any depth of the body. The refusal names the field.
 */
public final class StorableJsonText extends StringDeserializer {

	private StorableJsonText() {
	}

	/** The module that reads every JSON string this way. */
	public static SimpleModule module() {
		return new SimpleModule("storable-text").addDeserializer(String.class, new StorableJsonText());
	}

	@Override
	public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
		String text = super.deserialize(parser, context);
		if (!StorableText.isStorable(text)) {
			throw InvalidFormatException.from(parser, "text.unstorable", text, String.class);
		}
		return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
