package vn.thidua.cluster;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Total = scored + bonus − penalty; ties broken by the first group, then by fewer
 * penalties; members still equal share a rank and the next rank skips; each total is
 * classified by the pact's thresholds; a missing score counts nothing.
 */
class RankingTests {

	/** Group I: 40 + 20 points; group II: 30; a bonus and a penalty item of 5. */
	private static final Criterion ECONOMY = criterion(1, 1, "I. Kinh tế", CriterionKind.SCORED, 40);

	private static final Criterion POVERTY = criterion(2, 2, "I. Kinh tế", CriterionKind.SCORED, 20);

	private static final Criterion EMULATION = criterion(3, 3, "II. Thi đua", CriterionKind.SCORED, 30);

	private static final Criterion BONUS = criterion(4, 4, "III. Điểm thưởng", CriterionKind.BONUS, 5);

	private static final Criterion PENALTY = criterion(5, 5, "IV. Điểm trừ", CriterionKind.PENALTY, 5);

	private static final List<Criterion> TABLE = List.of(ECONOMY, POVERTY, EMULATION, BONUS, PENALTY);

	private final Map<Long, Map<Long, BigDecimal>> points = new HashMap<>();

	@Test
	void theTotalIsTheScoredPointsPlusTheBonusMinusThePenalty() {
		scores(1, 35, 18, 25, 3, 2);

		RankedMember member = rank(1).getFirst();

		assertThat(member.scored()).isEqualByComparingTo("78");
		assertThat(member.bonus()).isEqualByComparingTo("3");
		assertThat(member.penalty()).isEqualByComparingTo("2");
		assertThat(member.total()).isEqualByComparingTo("79");
		assertThat(member.firstGroup()).isEqualByComparingTo("53");
	}

	@Test
	void aHigherTotalRanksFirst() {
		scores(1, 30, 15, 20, 0, 0);
		scores(2, 30, 15, 20, 1, 0);

		assertTheSecondRanksFirst(rank(1, 2));
	}

	@Test
	void equalTotalsAreBrokenByThePointsOfTheFirstGroup() {
		scores(1, 35, 15, 30, 0, 0);
		scores(2, 38, 17, 25, 0, 0);

		assertTheSecondRanksFirstOnEqualTotals(rank(1, 2));
	}

	@Test
	void thenByFewerPenaltyPoints() {
		scores(1, 40, 20, 22, 0, 2);
		scores(2, 40, 20, 20, 0, 0);

		assertTheSecondRanksFirstOnEqualTotals(rank(1, 2));
	}

	@Test
	void membersStillEqualShareARankAndTheNextRankSkips() {
		scores(1, 40, 20, 30, 0, 0);
		scores(2, 35, 15, 28, 2, 0);
		scores(3, 35, 15, 26, 4, 0);
		scores(4, 30, 10, 20, 0, 1);

		List<RankedMember> ranking = rank(1, 2, 3, 4);

		assertThat(ranking).extracting(RankedMember::rank).containsExactly(1, 2, 2, 4);
		assertThat(ranking).extracting(RankedMember::tied).containsExactly(false, true, true, false);
		assertThat(ranking.get(1).unitId()).isEqualTo(2L);
		assertThat(ranking.get(2).unitId()).isEqualTo(3L);
	}

	@Test
	void totalsAreClassifiedAtTheThresholdsThemselves() {
		scores(1, 40, 20, 30, 0, 0);
		scores(2, 40, 20, 30, 0, 0.01);
		scores(3, 40, 20, 20, 0, 0);
		scores(4, 40, 19.5, 20, 0, 0);
		scores(5, 40, 5, 20, 0, 0);
		scores(6, 40, 5, 20, 0, 0.01);

		Map<Long, Classification> classes = new HashMap<>();
		rank(1, 2, 3, 4, 5, 6).forEach(member -> classes.put(member.unitId(), member.classification()));

		assertThat(classes).containsEntry(1L, Classification.EXCELLENT)
			.containsEntry(2L, Classification.GOOD)
			.containsEntry(3L, Classification.GOOD)
			.containsEntry(4L, Classification.FAIR)
			.containsEntry(5L, Classification.FAIR)
			.containsEntry(6L, Classification.NOT_COMPLETED);
		assertThat(Thresholds.standard().classify(new BigDecimal("90"))).isEqualTo(Classification.EXCELLENT);
		assertThat(Thresholds.standard().classify(new BigDecimal("64.99"))).isEqualTo(Classification.NOT_COMPLETED);
	}

	@Test
	void aMissingScoreCountsNothing() {
		points.put(1L, Map.of(ECONOMY.getId(), new BigDecimal("40"), EMULATION.getId(), new BigDecimal("30")));

		List<RankedMember> ranking = rank(1, 2);

		assertThat(ranking.getFirst().unitId()).isEqualTo(1L);
		assertThat(ranking.getFirst().total()).isEqualByComparingTo("70");
		assertThat(ranking.getFirst().firstGroup()).isEqualByComparingTo("40");
		assertThat(ranking.getFirst().classification()).isEqualTo(Classification.FAIR);
		RankedMember unscored = ranking.get(1);
		assertThat(unscored.unitId()).isEqualTo(2L);
		assertThat(unscored.total()).isEqualByComparingTo("0");
		assertThat(unscored.rank()).isEqualTo(2);
		assertThat(unscored.classification()).isEqualTo(Classification.NOT_COMPLETED);
	}

	private static void assertTheSecondRanksFirstOnEqualTotals(List<RankedMember> ranking) {
		assertThat(ranking).extracting(RankedMember::total)
			.allSatisfy(total -> assertThat(total).isEqualByComparingTo("80"));
		assertTheSecondRanksFirst(ranking);
	}

	private static void assertTheSecondRanksFirst(List<RankedMember> ranking) {
		assertThat(ranking).extracting(RankedMember::unitId, RankedMember::rank, RankedMember::tied)
			.containsExactly(tuple(2L, 1, false), tuple(1L, 2, false));
	}

	private void scores(long unitId, double economy, double poverty, double emulation, double bonus, double penalty) {
		points.put(unitId,
				Map.of(ECONOMY.getId(), BigDecimal.valueOf(economy), POVERTY.getId(), BigDecimal.valueOf(poverty),
						EMULATION.getId(), BigDecimal.valueOf(emulation), BONUS.getId(), BigDecimal.valueOf(bonus),
						PENALTY.getId(), BigDecimal.valueOf(penalty)));
	}

	private List<RankedMember> rank(long... members) {
		return Ranking.of(TABLE, Thresholds.standard(), Arrays.stream(members).boxed().toList(), points);
	}

	private static Criterion criterion(long id, int sortOrder, String group, CriterionKind kind, int max) {
		Criterion criterion = new Criterion(sortOrder,
				new CriterionDefinition(group, "Tiêu chí " + id, kind, BigDecimal.valueOf(max), null, null));
		ReflectionTestUtils.setField(criterion, "id", id);
		return criterion;
	}

}
