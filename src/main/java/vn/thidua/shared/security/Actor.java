package vn.thidua.shared.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name recorded as the actor of a change: the signed-in user, or {@code system} for
 * start-up work.
 */
public final class Actor {

	private Actor() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return "system";
		}
		return authentication.getName();
	}

	/**
	 * The unit of the signed-in user or API key, if any.
	 */
	public static @Nullable Long unitId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				? user.currentUser().unitId() : null;
	}

}
