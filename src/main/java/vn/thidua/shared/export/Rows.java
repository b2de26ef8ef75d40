package vn.thidua.shared.export;

import java.util.function.Consumer;

/**
 * The rows of an export, handed over one at a time as they are read from the database, so
 * that no export holds its whole table in memory.
 */
@FunctionalInterface
public interface Rows<T> {

	void forEach(Consumer<? super T> sink);

}
