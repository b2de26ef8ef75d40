package vn.thidua.award.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.ParameterSpec;

/**
 * A parameter's field on the rule form: a choice (with the prefix of its values' message
 * keys) or a whole number.
 */
record ParameterField(String name, String labelKey, @Nullable String messagePrefix, List<String> choices,
		boolean required) {

	static ParameterField of(ParameterSpec spec, List<String> awardTypes) {
		return new ParameterField(spec.name(), spec.labelKey(), spec.type().messagePrefix(), spec.choices(awardTypes),
				spec.required());
	}

	String path() {
		return "parameters[" + name + "]";
	}

}
