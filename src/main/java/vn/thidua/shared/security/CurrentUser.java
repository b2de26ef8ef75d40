package vn.thidua.shared.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as services see it: who acts, from which unit, with which roles.
 */
public record CurrentUser(long accountId, String username, String fullName, long unitId,
		Set<Role> roles) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

}
