package vn.thidua.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.security.Role;

/**
 * What an administrator sets on an account.
 */
public record AccountDetails(String fullName, @Nullable String email, String unitCode, Set<Role> roles,
		boolean enabled) {
}
