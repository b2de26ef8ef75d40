package vn.thidua.shared.web;

import java.text.Normalizer;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/**
 * Every text a form or query sends, as the database keeps it: trimmed (blank is null) and
 * in Unicode NFC, so that one spelling is stored and searched one way.
 */
class SafeTextEditor extends StringTrimmerEditor {

	SafeTextEditor() {
		super(true);
	}

	@Override
	public void setAsText(String text) {
		super.setAsText(text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC));
	}

}
