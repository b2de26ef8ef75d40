package vn.thidua.award;

/**
 * A yearly performance rating, best first: HTXSNV, HTTNV, HTNV, KHTNV.
 */
public enum Rating {

	EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

	/**
	 * Whether this rating is the given one or better.
	 */
	public boolean atLeast(Rating other) {
		return ordinal() <= other.ordinal();
	}

}
