package vn.thidua.award;

/**
 * An award of the registry look-up with the code and name of its unit.
 */
public record UnitAward(AwardRow award, String unitCode, String unitName) {

}
