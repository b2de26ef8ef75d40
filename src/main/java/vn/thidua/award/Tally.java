package vn.thidua.award;

/**
 * How many valid awards of one group (a form, level, unit, movement, year …), subject and
 * kind a statistic counts.
 */
public record Tally(String key, Subject subject, AwardKind kind, long count) {

}
