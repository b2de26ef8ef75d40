package vn.thidua.award;

/**
 * How far a recognised initiative reaches, narrowest first.
 */
public enum Influence {

	UNIT, PROVINCE, NATIONAL;

	public boolean atLeast(Influence other) {
		return ordinal() >= other.ordinal();
	}

}
