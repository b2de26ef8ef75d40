package vn.thidua.demo;

import java.util.Set;

import vn.thidua.shared.security.Role;

/**
 * A demo account, listed on the sign-in page in demo mode.
 */
public record DemoAccount(String username, String fullName, String unitCode, Role role) {

	public static final String PASSWORD = "ThiDua@2026";

	Set<Role> roles() {
		return Set.of(role);
	}

}
