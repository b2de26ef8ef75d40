package vn.thidua.movement;

/**
 * Why one value of a report or pledge sheet cannot be taken, as a message key.
 */
public record EntryProblem(long targetId, String messageKey, Object... args) {

}
