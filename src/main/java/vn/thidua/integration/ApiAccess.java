package vn.thidua.integration;

import java.util.Set;

import vn.thidua.shared.security.Role;

/**
 * What a key may do in its unit's subtree: read, or also the writes of an integrating
 * system — draft and submit proposals as the unit's officer, record issued decisions as
 * the reward office of the unit.
 */
public enum ApiAccess {

	READ(Set.of()), WRITE(Set.of(Role.OFFICER));

	static final String READ_AUTHORITY = "API_READ";

	static final String WRITE_AUTHORITY = "API_WRITE";

	private final Set<Role> roles;

	ApiAccess(Set<Role> roles) {
		this.roles = roles;
	}

	Set<Role> roles() {
		return roles;
	}

}
