package vn.thidua.movement;

public enum TargetKind {

	/** Measured with a number and a unit of measure. */
	QUANTITATIVE,

	/** Achieved or not achieved. */
	QUALITATIVE

}
