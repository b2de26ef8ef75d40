package vn.thidua.movement;

/**
 * Whether more is better (production value) or less is better (the poverty rate).
 */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER

}
