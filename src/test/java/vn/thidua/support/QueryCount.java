package vn.thidua.support;

import net.ttddyy.dsproxy.QueryCountHolder;

/**
 * The SQL statements run by the current thread between {@link #reset()} and
 * {@link #total()}.
 */
public final class QueryCount {

	private QueryCount() {
	}

	public static void reset() {
		QueryCountHolder.clear();
	}

	public static long total() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
