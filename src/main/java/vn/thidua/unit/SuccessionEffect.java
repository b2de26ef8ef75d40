package vn.thidua.unit;

/**
 * One line of a reorganisation's preview: how many records of a kind (named by a message
 * key) follow the plan.
 */
public record SuccessionEffect(String messageKey, long count) {
}
