package vn.thidua.award;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
		Set<AwardKind> notCounting, Set<String> alongside) {

	Registry(Map<Long, List<AwardFact>> personAwards, Map<Long, List<AwardFact>> unitAwards,
			Map<Long, Map<Integer, Rating>> ratings, Map<Long, Map<Integer, Rating>> unitRatings,
			Map<Long, List<InitiativeFact>> initiatives, Map<Long, String> personDiscipline,
			Map<Long, String> unitDiscipline, Map<Long, Set<Integer>> yearsLed,
			Map<MemberFacts.Key, MemberFacts> members, Set<AwardKind> notCounting) {
		this(personAwards, unitAwards, ratings, unitRatings, initiatives, personDiscipline, unitDiscipline, yearsLed,
				members, notCounting, Set.of());
	}

	/**
	 * The same facts, knowing what else the batch proposes: a proposal's lines are
	 * checked together, and a title proposed in the same proposal for the same subject
	 * and year counts for {@link CheckKind#AWARD_IN_YEAR}.
	 */
	Registry alongside(Collection<Nominee> batch) {
		return new Registry(personAwards, unitAwards, ratings, unitRatings, initiatives, personDiscipline,
				unitDiscipline, yearsLed, members, notCounting,
				batch.stream().map(nominee -> alongsideKey(nominee, nominee.awardType())).collect(Collectors.toSet()));
	}

	/**
	 * Whether the batch also proposes the subject for the award type in its year.
	 */
	boolean proposedAlongside(Nominee nominee, String type) {
		return alongside.contains(alongsideKey(nominee, type));
	}

	private static String alongsideKey(Nominee nominee, String type) {
		return (nominee.isPerson() ? "p" + nominee.personId() : "u" + nominee.unitId()) + ":" + type + ":"
				+ nominee.year();
	}

	/**
	 * The subject's awards of the type in the years that do not count toward a ladder,
	 * each with why: revoked, or of a kind that does not count (sudden, movement).
	 */
	List<AwardFact> notCounted(Nominee nominee, String type, Collection<Integer> years) {
		return awards(nominee).stream()
			.filter(award -> award.type().equals(type) && years.contains(award.year())
					&& (award.revoked() || notCounting.contains(award.kind())))
			.sorted(java.util.Comparator.comparingInt(AwardFact::year))
			.toList();
	}

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
