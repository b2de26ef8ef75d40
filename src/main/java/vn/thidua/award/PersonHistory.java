package vn.thidua.award;

import java.util.List;
import java.util.Map;

/**
 * A person's record in time order: awards, ratings per year and initiatives.
 */
public record PersonHistory(Person person, List<AwardRow> awards, Map<Integer, Rating> ratings,
		List<InitiativeFact> initiatives) {

}
