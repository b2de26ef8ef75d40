package vn.thidua.shared.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * The rows of an export, handed over one at a time as they are read from the database, so
 * that no export holds its whole table in memory.
 */
@FunctionalInterface
public interface Rows<T> {

	int BATCH = 500;

	void forEach(Consumer<? super T> sink);

	/**
	 * Every row of a paged query, read a page of {@value #BATCH} at a time.
	 */
	static <T> Rows<T> pages(Function<Pageable, ? extends Slice<T>> query) {
		return sink -> {
			Slice<T> page = query.apply(PageRequest.of(0, BATCH));
			page.forEach(sink);
			while (page.hasNext()) {
				page = query.apply(page.nextPageable());
				page.forEach(sink);
			}
		};
	}

	/**
	 * Every row of a query that answers a page plus one row (to tell whether there is a
	 * next page), read page by page.
	 */
	static <T> Rows<T> pagesPlusOne(IntFunction<List<T>> query, int pageSize) {
		return sink -> {
			List<T> rows;
			int page = 0;
			do {
				rows = query.apply(page++);
				rows.stream().limit(pageSize).forEach(sink);
			}
			while (rows.size() > pageSize);
		};
	}

}
