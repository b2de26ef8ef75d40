package vn.thidua.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The official documents drafted in Word, each with the fields its template may name.
 * Every kind has the heading (issuing body, number, place and date, title) and the
 * signature of Nghị định 30/2020/NĐ-CP, Phụ lục I; the rest is its own.
 */
public enum DraftKind {

	/** The unit's tờ trình: its proposal letter with the list it proposes. */
	PROPOSAL_LETTER(
			List.of(DraftField.text("addressee"), DraftField.list("grounds", "text"), DraftField.text("request"),
					DraftField.table("entries", "index", "name", "detail", "award"), DraftField.text("closing"))),

	/** The minutes of the reward board's meeting. */
	BOARD_MINUTES(List.of(DraftField.text("opening"), DraftField.text("chair"), DraftField.text("secretary"),
			DraftField.text("attendance"), DraftField.list("members", "text"),
			DraftField.table("entries", "index", "name", "award", "yes", "no", "result"), DraftField.text("conclusion"),
			DraftField.text("secretaryName"))),

	/** The decision with its annexed list. */
	DECISION(List.of(DraftField.text("office"), DraftField.list("grounds", "text"),
			DraftField.list("articles", "heading", "text"), DraftField.text("annexTitle"), DraftField.text("annexOf"),
			DraftField.table("entries", "index", "name", "detail", "award", "cash"), DraftField.text("total"))),

	/** The tờ trình upward, for awards decided above the province. */
	UPWARD_LETTER(List.of(DraftField.text("addressee"), DraftField.list("grounds", "text"), DraftField.text("request"),
			DraftField.table("entries", "index", "name", "detail", "award"), DraftField.text("closing"))),

	/** The narrative report of a period. */
	NARRATIVE_REPORT(List.of(DraftField.list("paragraphs", "text"))),

	/** The statistical report of a period. */
	STATISTICAL_REPORT(List.of(DraftField.text("basis"),
			DraftField.table("rows", "form", "total", "collectives", "individuals", "households"),
			DraftField.text("note")));

	/**
	 * What every kind's heading and signature may name; {@code hasParent} and
	 * {@code hasAuthority} say whether the body above and the signing authority are
	 * written at all.
	 */
	static final List<DraftField> COMMON = List.of(DraftField.text("parentBody"), DraftField.text("hasParent"),
			DraftField.text("issuingBody"), DraftField.text("number"), DraftField.text("place"),
			DraftField.text("date"), DraftField.text("title"), DraftField.text("subject"),
			DraftField.text("signerAuthority"), DraftField.text("hasAuthority"), DraftField.text("signerTitle"),
			DraftField.text("signerName"), DraftField.list("recipients", "text"));

	private final List<DraftField> own;

	DraftKind(List<DraftField> own) {
		this.own = own;
	}

	/**
	 * Every field of this kind, the common ones first.
	 */
	public List<DraftField> fields() {
		List<DraftField> all = new ArrayList<>(COMMON);
		all.addAll(own);
		return all;
	}

	Optional<DraftField> field(String name) {
		return fields().stream().filter(field -> field.name().equals(name)).findFirst();
	}

	/**
	 * The kind a path segment names: {@code decision}, {@code proposal-letter}.
	 */
	public static Optional<DraftKind> fromSlug(String slug) {
		return Optional.ofNullable(BY_SLUG.get(slug));
	}

	public String slug() {
		return name().toLowerCase().replace('_', '-');
	}

	private static final Map<String, DraftKind> BY_SLUG = Arrays.stream(values())
		.collect(Collectors.toMap(DraftKind::slug, Function.identity()));

}
