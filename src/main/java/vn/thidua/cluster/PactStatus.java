package vn.thidua.cluster;

/**
 * A signed pact freezes its members and criteria table.
 */
public enum PactStatus {

	DRAFT, SIGNED

}
