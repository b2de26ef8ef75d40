package vn.thidua.account;

/**
 * A member of a unit's reward board.
 */
public record BoardMember(long id, String username, String fullName, long unitId, boolean chair) {

}
