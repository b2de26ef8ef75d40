package vn.thidua.shared.export;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One column of an exported table: its header as the reader sees it and how a row gives
 * its value.
 */
public record Column<T>(String header, CellType type, Function<? super T, ? extends @Nullable Object> value) {

	public static <T> Column<T> text(String header, Function<? super T, ? extends @Nullable Object> value) {
		return new Column<>(header, CellType.TEXT, value);
	}

	public static <T> Column<T> integer(String header, Function<? super T, ? extends @Nullable Number> value) {
		return new Column<>(header, CellType.INTEGER, value);
	}

	public static <T> Column<T> decimal(String header, Function<? super T, ? extends @Nullable Number> value) {
		return new Column<>(header, CellType.DECIMAL, value);
	}

	public static <T> Column<T> date(String header, Function<? super T, ? extends @Nullable Object> value) {
		return new Column<>(header, CellType.DATE, value);
	}

	@Nullable Object valueOf(T row) {
		return value.apply(row);
	}

}
