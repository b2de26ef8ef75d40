package vn.thidua.account;

/**
 * An account as the list of accounts shows it; an account whose unit has ended can save
 * nothing until it is moved to an active unit.
 */
public record AccountRow(long id, String username, String fullName, String unitName, boolean unitActive, String roles,
		boolean enabled, boolean locked) {
}
