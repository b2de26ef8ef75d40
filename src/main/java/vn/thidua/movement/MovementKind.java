package vn.thidua.movement;

/**
 * Regular (yearly, continuing) or by campaign (a theme, for a set period).
 */
public enum MovementKind {

	REGULAR, CAMPAIGN

}
