package vn.thidua.award;

/**
 * A recognised initiative as the rules and history pages read it.
 */
public record InitiativeFact(int year, Influence influence, String title) {

}
