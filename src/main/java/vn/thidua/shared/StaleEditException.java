package vn.thidua.shared;

import java.util.Objects;

/**
 * A save based on a version of a record that somebody else has changed since it was
 * loaded.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

	public static void check(String what, Object id, Long expected, Long actual) {
		if (!Objects.equals(expected, actual)) {
			throw new StaleEditException(what, id);
		}
	}

}
