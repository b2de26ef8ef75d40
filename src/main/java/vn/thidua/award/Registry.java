package vn.thidua.award;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the registry holds about the nominees of one check, read in bulk: their awards,
 * ratings, initiatives, open discipline records, the years their units led a cluster and,
 * for collectives, what their members hold in the year. Kinds that do not count toward
 * ladders are left out of {@link #ladder}.
 */
record Registry(Map<Long, List<AwardFact>> personAwards, Map<Long, List<AwardFact>> unitAwards,
		Map<Long, Map<Integer, Rating>> ratings, Map<Long, Map<Integer, Rating>> unitRatings,
		Map<Long, List<InitiativeFact>> initiatives, Map<Long, String> personDiscipline,
		Map<Long, String> unitDiscipline, Map<Long, Set<Integer>> yearsLed, Map<MemberFacts.Key, MemberFacts> members,
		Set<AwardKind> notCounting) {

	List<AwardFact> awards(Nominee nominee) {
		Map<Long, List<AwardFact>> source = nominee.isPerson() ? personAwards : unitAwards;
		return source.getOrDefault(nominee.isPerson() ? nominee.personId() : nominee.unitId(), List.of());
	}

	/**
	 * The awards that count toward ladders: not revoked and of a counting kind.
	 */
	List<AwardFact> ladder(Nominee nominee) {
		return awards(nominee).stream()
			.filter(award -> !award.revoked() && !notCounting.contains(award.kind()))
			.toList();
	}

	Map<Integer, Rating> ratings(Nominee nominee) {
		return nominee.isPerson() ? ratings.getOrDefault(nominee.personId(), Map.of())
				: unitRatings.getOrDefault(nominee.unitId(), Map.of());
	}

	List<InitiativeFact> initiatives(Nominee nominee) {
		return nominee.isPerson() ? initiatives.getOrDefault(nominee.personId(), List.of()) : List.of();
	}

	/**
	 * The members of a collective nominee in its year; none for a person.
	 */
	MemberFacts members(Nominee nominee) {
		return nominee.isPerson() ? MemberFacts.NONE
				: members.getOrDefault(new MemberFacts.Key(nominee.unitId(), nominee.year()), MemberFacts.NONE);
	}

	@Nullable String discipline(Nominee nominee) {
		return nominee.isPerson() ? personDiscipline.get(nominee.personId()) : unitDiscipline.get(nominee.unitId());
	}

}
