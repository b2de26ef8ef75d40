package vn.thidua.movement;

/**
 * What the signed-in user may do with a movement, so pages offer only that; the services
 * check again.
 */
public record MovementRights(boolean manage, boolean review, boolean report, boolean mayRegister) {

}
