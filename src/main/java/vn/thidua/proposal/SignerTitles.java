package vn.thidua.proposal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.unit.Signature;

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
	 * trực", "Phó Giám đốc" for "Giám đốc Sở Nội vụ"), or null when the head signs (no
	 * title given, or the head's, maybe without the body: "Giám đốc"). Any other title is
	 * refused: a decision on awards is signed by the head or, "KT.", by a deputy (Nghị
	 * định 30/2020/NĐ-CP).
	 */
	@Nullable String deputyTitle(String authority, @Nullable String signerTitle) {
		if (signerTitle == null || signerTitle.isBlank()) {
			return null;
		}
		String title = signerTitle.strip().replaceAll("\\s+", " ");
		String head = headTitle(authority).toLowerCase(VIETNAMESE);
		String lower = title.toLowerCase(VIETNAMESE);
		if (head.equals(lower) || head.startsWith(lower + " ")) {
			return null;
		}
		String prefix = message("decision.signerTitle.deputyPrefix").toLowerCase(VIETNAMESE) + " ";
		String deputyOf = lower.startsWith(prefix) ? lower.substring(prefix.length()) : "";
		if (deputyOf.isEmpty() || !(deputyOf.startsWith(head) || head.startsWith(deputyOf + " "))
				|| title.length() > 100) {
			throw new BusinessRuleViolation("decision.signerTitle.invalid", title, headTitle(authority));
		}
		return title;
	}

	/**
	 * The signature of a decision: the chair decides in person, so no "TM." line; a
	 * deputy signs "KT." for the head's title, without the body ("KT. GIÁM ĐỐC" for "Giám
	 * đốc Sở Nội vụ").
	 */
	Signature signature(String authority, @Nullable String deputyTitle, String name) {
		String head = headTitle(authority);
		if (deputyTitle != null) {
			String prefix = message("decision.signerTitle.deputyPrefix") + " ";
			String deputyOf = deputyTitle.substring(Math.min(prefix.length(), deputyTitle.length()));
			if (head.length() > deputyOf.length()
					&& head.toLowerCase(VIETNAMESE).startsWith(deputyOf.toLowerCase(VIETNAMESE) + " ")) {
				head = head.substring(0, deputyOf.length());
			}
		}
		return Signature.of(null, head, deputyTitle, name);
	}

	private String message(String key) {
		return messages.getMessage(key, null, VIETNAMESE);
	}

}
