package vn.thidua.shared;

/**
 * A record that does not exist or lies outside the caller's data scope: both answer 404,
 * so that a foreign id reveals nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
