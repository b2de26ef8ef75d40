package vn.thidua.support;

import java.util.Locale;
import java.util.Set;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in users for web slices: a principal as the sign-in makes it, so that handlers'
 * {@link CurrentUser} parameters resolve, of a unit and roles the test chooses. No
 * account exists behind it; the mocked services decide what it may do.
 */
public final class WebSliceUsers {

	/** The unit every slice user belongs to. */
	public static final long UNIT_ID = 42;

	private WebSliceUsers() {
	}

	public static CurrentUser current(Role role) {
		String name = role.name().toLowerCase(Locale.ROOT);
		return new CurrentUser(7, "slice." + name, "Người Thử " + name, UNIT_ID, Set.of(role));
	}

	/** A signed-in request of a user with the role. */
	public static RequestPostProcessor as(Role role) {
		return user(new SignedInUser(current(role), "", true, true, false));
	}

	/** A signed-in request of a user who must change the password first. */
	public static RequestPostProcessor mustChangePassword(Role role) {
		return user(new SignedInUser(current(role), "", true, true, true));
	}

}
