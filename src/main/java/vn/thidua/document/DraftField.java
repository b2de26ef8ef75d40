package vn.thidua.document;

import java.util.List;

/**
 * A field a template may name: a text ({@code {{subject}}}), a list repeated paragraph by
 * paragraph ({@code {{?grounds}}{{text}}{{/grounds}}}) or a table repeated row by row
 * ({@code {{entries}}} above a row of {@code [name]} cells).
 */
public record DraftField(String name, Shape shape, List<String> parts) {

	public enum Shape {

		TEXT, LIST, TABLE

	}

	static DraftField text(String name) {
		return new DraftField(name, Shape.TEXT, List.of());
	}

	static DraftField list(String name, String... parts) {
		return new DraftField(name, Shape.LIST, List.of(parts));
	}

	static DraftField table(String name, String... columns) {
		return new DraftField(name, Shape.TABLE, List.of(columns));
	}

}
