package vn.thidua.integration.v1;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list: its items, where it is, the total where counting is cheap, and the
 * link to the next page when there is one.
 */
record Paged<T>(List<T> content, int page, int size, @Nullable Long totalElements, boolean hasNext,
		@Nullable String next) {

	static final String MAX_SIZE = "100";

	static final String DEFAULT_SIZE = "20";

	static <R, T> Paged<T> of(Page<R> page, Function<R, T> view) {
		return new Paged<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.hasNext(), page.hasNext() ? link("page", page.getNumber() + 1) : null);
	}

	/**
	 * A page read with one row more than asked, which tells whether a next page exists
	 * without counting.
	 */
	static <R, T> Paged<T> ofExtraRow(List<R> rows, int page, int size, Function<R, T> view) {
		boolean more = rows.size() > size;
		return new Paged<>(rows.stream().limit(size).map(view).toList(), page, size, null, more,
				more ? link("page", page + 1) : null);
	}

	/**
	 * This request's address with every parameter it was given and one replaced.
	 */
	static String link(String parameter, Object value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		var builder = ServletUriComponentsBuilder.fromRequestUri(request);
		request.getParameterMap().forEach((name, values) -> builder.queryParam(name, (Object[]) values));
		return builder.replaceQueryParam(parameter, value).toUriString();
	}

}
