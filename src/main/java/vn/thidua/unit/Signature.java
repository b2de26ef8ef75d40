package vn.thidua.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The signature block of a document as Nghị định 30/2020/NĐ-CP (Phụ lục I) lays it out:
 * the lines of authority in capitals ("TM. ỦY BAN NHÂN DÂN" when the signer acts for a
 * collective body, "KT. CHỦ TỊCH" when a deputy signs for the head), the signer's own
 * title in capitals ("PHÓ CHỦ TỊCH"), then, below the space for the signature, the name;
 * an empty name when none is set, never a placeholder.
 */
public record Signature(List<String> authority, String title, String name) {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/**
	 * The block for a signer with a title, acting within an office headed by
	 * {@code headTitle}, optionally for a collective body ("Ủy ban nhân dân"). A signer
	 * whose title is not the head's signs "KT." for the head.
	 * @param collectiveBody the collective body signed for ("TM."), null for an office
	 * run by its head alone
	 * @param headTitle the head's title ("Chủ tịch")
	 * @param signerTitle the signer's title; null or blank when the head signs
	 * @param name the signer's name; null or blank leaves the name line empty
	 */
	public static Signature of(@Nullable String collectiveBody, String headTitle, @Nullable String signerTitle,
			@Nullable String name) {
		List<String> lines = new ArrayList<>();
		if (collectiveBody != null && !collectiveBody.isBlank()) {
			lines.add("TM. " + upper(collectiveBody));
		}
		String title = signerTitle == null || signerTitle.isBlank() ? headTitle.strip() : signerTitle.strip();
		if (!title.equalsIgnoreCase(headTitle.strip())) {
			lines.add("KT. " + upper(headTitle));
		}
		return new Signature(List.copyOf(lines), upper(title), name == null ? "" : name.strip());
	}

	/**
	 * Whether a deputy signs for the head ("KT.").
	 */
	public boolean forTheHead() {
		return authority.stream().anyMatch(line -> line.startsWith("KT. "));
	}

	private static String upper(String text) {
		return text.strip().toUpperCase(VIETNAMESE);
	}

}
