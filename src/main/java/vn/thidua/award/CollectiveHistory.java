package vn.thidua.award;

import java.util.List;
import java.util.Map;

import vn.thidua.unit.UnitRow;

/**
 * A collective's record in time order: the awards the unit received as a collective and
 * its ratings per year.
 */
public record CollectiveHistory(UnitRow unit, List<AwardRow> awards, Map<Integer, Rating> ratings) {

}
