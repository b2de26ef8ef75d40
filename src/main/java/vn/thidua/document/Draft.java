package vn.thidua.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The filled fields of one document: the heading and signature every kind has, then the
 * kind's own fields. Texts are written as they should read; lists and tables are lists of
 * maps keyed by the field's parts.
 */
public final class Draft {

	private final DraftKind kind;

	private final long unitId;

	private final String fileName;

	private final Map<String, Object> values = new LinkedHashMap<>();

	/**
	 * A draft of the given kind issued by a unit (whose province's template is used),
	 * saved as {@code fileName} (without extension).
	 */
	public Draft(DraftKind kind, long unitId, String fileName, Heading heading, Signature signature) {
		this.kind = kind;
		this.unitId = unitId;
		this.fileName = fileName;
		values.put("parentBody", heading.parentBody());
		values.put("hasParent", !heading.parentBody().isBlank());
		values.put("issuingBody", heading.issuingBody());
		values.put("number", heading.number());
		values.put("place", heading.place());
		values.put("date", heading.date());
		values.put("title", heading.title());
		values.put("subject", heading.subject());
		values.put("signerAuthority", signature.authority());
		values.put("hasAuthority", !signature.authority().isBlank());
		values.put("signerTitle", signature.title());
		values.put("signerName", signature.name());
		values.put("recipients", lines(signature.recipients()));
	}

	/**
	 * Sets one of the kind's text fields.
	 */
	public Draft text(String name, @Nullable String value) {
		values.put(require(name, DraftField.Shape.TEXT), Objects.requireNonNullElse(value, ""));
		return this;
	}

	/**
	 * Sets a list of one-part items ({@code text}).
	 */
	public Draft lines(String name, List<String> items) {
		values.put(require(name, DraftField.Shape.LIST), lines(items));
		return this;
	}

	/**
	 * Sets a list or a table, each item keyed by the field's parts.
	 */
	public Draft rows(String name, List<Map<String, String>> rows) {
		DraftField field = kind.field(name).orElseThrow(() -> new IllegalArgumentException(name));
		if (field.shape() == DraftField.Shape.TEXT
				|| rows.stream().anyMatch(row -> !field.parts().containsAll(row.keySet()))) {
			throw new IllegalArgumentException(name);
		}
		values.put(name, rows);
		return this;
	}

	private String require(String name, DraftField.Shape shape) {
		if (kind.field(name).filter(field -> field.shape() == shape).isEmpty()) {
			throw new IllegalArgumentException(kind + " has no " + shape + " field " + name);
		}
		return name;
	}

	private static List<Map<String, String>> lines(List<String> items) {
		return items.stream().map(item -> Map.of("text", item)).toList();
	}

	public DraftKind kind() {
		return kind;
	}

	public long unitId() {
		return unitId;
	}

	public String fileName() {
		return fileName;
	}

	Map<String, Object> values() {
		return values;
	}

	/**
	 * The heading of NĐ 30/2020: the body above the issuer (empty for a people's
	 * committee), the issuer, the number with its symbol ("12/QĐ-UBND", or "/QĐ-UBND"
	 * while the number is still to be given), the place and long date, the kind's name
	 * and what the document is about.
	 */
	public record Heading(String parentBody, String issuingBody, String number, String place, String date, String title,
			String subject) {
	}

	/**
	 * Who signs and how: the authority ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", or empty
	 * when the head signs in their own name), the title, the name, and where copies go.
	 */
	public record Signature(String authority, String title, String name, List<String> recipients) {
	}

}
