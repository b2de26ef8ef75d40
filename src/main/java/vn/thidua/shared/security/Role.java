package vn.thidua.shared.security;

import org.springframework.security.core.GrantedAuthority;

/**
 * What a user may do; where they may do it is their unit's subtree.
 */
public enum Role implements GrantedAuthority {

	ADMIN, OFFICER, UNIT_REPORTER, CLUSTER_LEADER, BOARD_MEMBER, BOARD_CHAIR;

	@Override
	public String getAuthority() {
		return "ROLE_" + name();
	}

}
