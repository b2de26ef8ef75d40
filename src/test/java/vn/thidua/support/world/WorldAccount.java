package vn.thidua.support.world;

import java.util.Set;

import vn.thidua.shared.security.Role;

/**
 * An account of the test world, signed in with the one shared password.
 */
public record WorldAccount(String username, String fullName, String unitCode, Role role) {

	public static final String PASSWORD = "ThiDua@2026";

	Set<Role> roles() {
		return Set.of(role);
	}

}
