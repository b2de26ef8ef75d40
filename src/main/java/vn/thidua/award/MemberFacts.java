package vn.thidua.award;

import java.util.List;
import java.util.Map;

/**
 * A collective's members in a year as the collective rules read them: how many people the
 * unit has, how many of them hold each award type (not revoked) and each rating that
 * year, and who was disciplined that year with which penalty.
 */
record MemberFacts(int count, Map<String, Integer> holders, Map<Rating, Integer> ratings,
		List<Disciplined> disciplined) {

	static final MemberFacts NONE = new MemberFacts(0, Map.of(), Map.of(), List.of());

	int holding(String awardType) {
		return holders.getOrDefault(awardType, 0);
	}

	int ratedAtLeast(Rating rating) {
		return ratings.entrySet()
			.stream()
			.filter(rated -> rated.getKey().atLeast(rating))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	List<String> disciplinedAtLeast(DisciplinePenalty penalty) {
		return disciplined.stream()
			.filter(member -> member.penalty().atLeast(penalty))
			.map(Disciplined::name)
			.distinct()
			.toList();
	}

	/**
	 * A collective nominee's unit and year, the key of its member facts.
	 */
	record Key(long unitId, int year) {

	}

	/**
	 * A member disciplined in the year.
	 */
	record Disciplined(String name, DisciplinePenalty penalty) {

	}

}
