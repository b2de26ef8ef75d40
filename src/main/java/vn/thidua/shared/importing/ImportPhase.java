package vn.thidua.shared.importing;

/**
 * Counting the rows, checking them, or checking and writing them.
 */
public enum ImportPhase {

	READING, CHECKING, WRITING

}
