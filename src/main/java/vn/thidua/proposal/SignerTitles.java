package vn.thidua.proposal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.pdf.PdfRenderer;

/**
 * Reads the office that decides and the signer's title off the decision's authority ("Chủ
 * tịch UBND tỉnh Trà Vinh"): the office written out and the head's title, and checks the
 * title of whoever signs.
 */
@Component
class SignerTitles {

	private static final Locale VIETNAMESE = PdfRenderer.VIETNAMESE;

	private final MessageSource messages;

	SignerTitles(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The office written out: "Chủ tịch UBND tỉnh Trà Vinh" becomes "Chủ tịch Ủy ban nhân
	 * dân tỉnh Trà Vinh".
	 */
	String office(String authority) {
		return authority.replace(message("decision.pdf.committeeAbbreviation"), message("decision.pdf.committeeWords"))
			.strip();
	}

	/**
	 * The head's title: the office up to the body it heads ("Chủ tịch").
	 */
	String headTitle(String authority) {
		String office = office(authority);
		int body = office.toLowerCase(VIETNAMESE)
			.indexOf(message("decision.pdf.committeeWords").toLowerCase(VIETNAMESE));
		return body > 0 ? office.substring(0, body).strip() : office;
	}

	/**
	 * The title of a deputy signing for the head ("Phó Chủ tịch", "Phó Chủ tịch Thường
	 * trực"), or null when the head signs (no title given, or the head's). Any other
	 * title is refused: a decision on awards is signed by the head or, "KT.", by a deputy
	 * (Nghị định 30/2020/NĐ-CP).
	 */
	@Nullable String deputyTitle(String authority, @Nullable String signerTitle) {
		if (signerTitle == null || signerTitle.isBlank()) {
			return null;
		}
		String title = signerTitle.strip().replaceAll("\\s+", " ");
		String head = headTitle(authority);
		if (title.equalsIgnoreCase(head)) {
			return null;
		}
		String deputyPrefix = (message("decision.signerTitle.deputyPrefix") + " " + head).toLowerCase(VIETNAMESE);
		if (!title.toLowerCase(VIETNAMESE).startsWith(deputyPrefix) || title.length() > 100) {
			throw new BusinessRuleViolation("decision.signerTitle.invalid", title, head);
		}
		return title;
	}

	private String message(String key) {
		return messages.getMessage(key, null, VIETNAMESE);
	}

}
