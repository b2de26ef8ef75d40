package vn.thidua.movement;

/**
 * How many participants of a movement reported in a year (their latest accepted report)
 * and how many of them attained every target (completion 100 %).
 */
public record MovementAttainment(long reported, long completed) {

}
