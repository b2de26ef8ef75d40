package vn.thidua.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account as the list of accounts shows it.
 */
public record AccountRow(long id, String username, String fullName, String unitName, String roles, boolean enabled,
		@Nullable Instant lockedUntil) {
}
