package vn.thidua.shared.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Builds a {@link Table} from message keys in the reader's language: the title, headers
 * and any value that is itself a message (a status, a kind) are resolved here, in the
 * request, so the rows can be written later on another thread.
 */
public final class TableBuilder<T> {

	private final MessageSource messages;

	private final Locale locale;

	private final String title;

	private final List<String> notes = new ArrayList<>();

	private final List<Column<T>> columns = new ArrayList<>();

	TableBuilder(MessageSource messages, Locale locale, String titleKey) {
		this.messages = messages;
		this.locale = locale;
		this.title = text(titleKey);
	}

	/**
	 * A line under the title, e.g. a filter: "label: value", left out when the value is
	 * blank.
	 */
	public TableBuilder<T> note(String labelKey, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			notes.add(text(labelKey) + ": " + value.toString().strip());
		}
		return this;
	}

	/**
	 * A line under the title whose value is itself a message, such as a type's name.
	 */
	public TableBuilder<T> noteMessage(String labelKey, @Nullable String valueKey) {
		return note(labelKey, valueKey == null ? null : text(valueKey));
	}

	public TableBuilder<T> text(String headerKey, Function<? super T, ? extends @Nullable Object> value) {
		columns.add(Column.text(text(headerKey), value));
		return this;
	}

	/**
	 * A column whose value is the message of a key the row gives, such as
	 * {@code "MovementStatus." + row.status()}.
	 */
	public TableBuilder<T> message(String headerKey, Function<? super T, @Nullable String> key) {
		columns.add(Column.text(text(headerKey), row -> {
			String code = key.apply(row);
			return code == null ? null : messages.getMessage(code, null, code, locale);
		}));
		return this;
	}

	public TableBuilder<T> integer(String headerKey, Function<? super T, ? extends @Nullable Number> value) {
		columns.add(Column.integer(text(headerKey), value));
		return this;
	}

	public TableBuilder<T> decimal(String headerKey, Function<? super T, ? extends @Nullable Number> value) {
		columns.add(Column.decimal(text(headerKey), value));
		return this;
	}

	public TableBuilder<T> date(String headerKey, Function<? super T, ? extends @Nullable Object> value) {
		columns.add(Column.date(text(headerKey), value));
		return this;
	}

	public String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	public Table<T> build() {
		return new Table<>(title, List.copyOf(notes), List.copyOf(columns));
	}

}
