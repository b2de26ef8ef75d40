package vn.thidua.account;

/**
 * An account as the list of accounts shows it.
 */
public record AccountRow(long id, String username, String fullName, String unitName, String roles, boolean enabled,
		boolean locked) {
}
