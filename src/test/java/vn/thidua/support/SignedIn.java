package vn.thidua.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.TestSecurityContextHolder;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.SignedInUser;

/**
 * A user signed in as the application's own principal ({@link SignedInUser}), for tests
 * of what depends on the signed-in user's unit rather than on roles alone.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static Authentication as(CurrentUser user) {
		SignedInUser principal = new SignedInUser(user, "-", true, true, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	/**
	 * Makes {@code user} the signed-in user of this thread for the rest of the test.
	 */
	public static void signIn(CurrentUser user) {
		TestSecurityContextHolder.setAuthentication(as(user));
	}

}
