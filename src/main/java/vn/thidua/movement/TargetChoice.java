package vn.thidua.movement;

/**
 * A movement target offered for linking elsewhere, such as a cluster's criterion.
 */
public record TargetChoice(long id, String movementCode, String movementName, String targetName) {

}
