package vn.thidua.cluster;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks the members of a review: total = scored points + bonus − penalty. Ties are broken
 * by the points of the first criterion group, then by fewer penalty points; members still
 * equal share a rank (1, 2, 2, 4) and are shown as tied. Each member is classified by the
 * pact's thresholds.
 */
public final class Ranking {

	/**
	 * Members with a higher total first, then more first-group points, then fewer
	 * penalties.
	 */
	static final Comparator<RankedMember> ORDER = Comparator.comparing(RankedMember::total)
		.thenComparing(RankedMember::firstGroup)
		.reversed()
		.thenComparing(RankedMember::penalty);

	private Ranking() {
	}

	/**
	 * The ranking of the members from their points per criterion; a missing score counts
	 * as nothing.
	 */
	public static List<RankedMember> of(Collection<Criterion> criteria, Thresholds thresholds, Collection<Long> members,
			Map<Long, Map<Long, BigDecimal>> pointsByUnit) {
		String firstGroup = criteria.stream()
			.filter(criterion -> criterion.getKind() == CriterionKind.SCORED)
			.min(Comparator.comparingInt(Criterion::getSortOrder))
			.map(Criterion::getGroupName)
			.orElse("");
		List<RankedMember> unranked = new ArrayList<>();
		for (long unitId : members) {
			Map<Long, BigDecimal> points = pointsByUnit.getOrDefault(unitId, Map.of());
			BigDecimal scored = BigDecimal.ZERO;
			BigDecimal bonus = BigDecimal.ZERO;
			BigDecimal penalty = BigDecimal.ZERO;
			BigDecimal first = BigDecimal.ZERO;
			for (Criterion criterion : criteria) {
				BigDecimal value = points.getOrDefault(criterion.getId(), BigDecimal.ZERO);
				switch (criterion.getKind()) {
					case SCORED -> {
						scored = scored.add(value);
						if (criterion.getGroupName().equals(firstGroup)) {
							first = first.add(value);
						}
					}
					case BONUS -> bonus = bonus.add(value);
					case PENALTY -> penalty = penalty.add(value);
				}
			}
			BigDecimal total = scored.add(bonus).subtract(penalty);
			unranked.add(new RankedMember(unitId, scored, bonus, penalty, total, first, 0, false,
					thresholds.classify(total)));
		}
		unranked.sort(ORDER.thenComparing(RankedMember::unitId));
		return ranks(unranked);
	}

	private static List<RankedMember> ranks(List<RankedMember> sorted) {
		List<RankedMember> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			RankedMember member = sorted.get(i);
			boolean tiedWithPrevious = i > 0 && ORDER.compare(sorted.get(i - 1), member) == 0;
			boolean tiedWithNext = i + 1 < sorted.size() && ORDER.compare(member, sorted.get(i + 1)) == 0;
			int rank = tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(
					new RankedMember(member.unitId(), member.scored(), member.bonus(), member.penalty(), member.total(),
							member.firstGroup(), rank, tiedWithPrevious || tiedWithNext, member.classification()));
		}
		return ranked;
	}

}
