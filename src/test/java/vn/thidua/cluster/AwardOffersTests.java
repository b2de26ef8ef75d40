package vn.thidua.cluster;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a finalised year-end ranking lets the leader propose: the flag only to the leading
 * member(s), the certificate only to members classified good or excellent that are not
 * last, and never both to one member.
 */
class AwardOffersTests {

	private static final Thresholds THRESHOLDS = Thresholds.standard();

	@Test
	void theFlagGoesOnlyToTheLeaderAndNeitherFormToAFairLastPlacedMember() {
		List<RankedMember> ranking = rank(Map.of(1L, 96, 2L, 95, 3L, 84, 4L, 70));

		assertThat(offered(ranking, 1L)).containsExactlyInAnyOrder(ProposalKind.EMULATION_FLAG,
				ProposalKind.CERTIFICATE_OF_MERIT);
		assertThat(offered(ranking, 2L)).containsExactly(ProposalKind.CERTIFICATE_OF_MERIT);
		assertThat(offered(ranking, 3L)).containsExactly(ProposalKind.CERTIFICATE_OF_MERIT);
		assertThat(offered(ranking, 4L)).as("Khá and last").isEmpty();
		assertRefused(ranking, 2L, ProposalKind.EMULATION_FLAG, "proposal.flag.notLeader");
		assertRefused(ranking, 4L, ProposalKind.CERTIFICATE_OF_MERIT, "proposal.certificate.classification");
	}

	@Test
	void membersTiedFirstAllLeadAndAGoodLastMemberGetsNoCertificate() {
		List<RankedMember> ranking = rank(Map.of(1L, 92, 2L, 92, 3L, 85));

		assertThat(offered(ranking, 1L)).contains(ProposalKind.EMULATION_FLAG);
		assertThat(offered(ranking, 2L)).contains(ProposalKind.EMULATION_FLAG);
		assertThat(offered(ranking, 3L)).isEmpty();
		assertRefused(ranking, 3L, ProposalKind.CERTIFICATE_OF_MERIT, "proposal.certificate.last");
	}

	@Test
	void oneAchievementOneForm() {
		List<RankedMember> ranking = rank(Map.of(1L, 96, 2L, 80));
		RankedMember leader = member(ranking, 1L);

		assertThat(AwardOffers.offered(leader, ranking, List.of(ProposalKind.EMULATION_FLAG))).isEmpty();
		assertThatThrownBy(() -> AwardOffers.check(leader, ranking, List.of(ProposalKind.EMULATION_FLAG),
				ProposalKind.EMULATION_FLAG))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("proposal.exists"));
		assertThatThrownBy(() -> AwardOffers.check(leader, ranking, List.of(ProposalKind.EMULATION_FLAG),
				ProposalKind.CERTIFICATE_OF_MERIT))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("proposal.oneForm"));
	}

	private static Set<ProposalKind> offered(List<RankedMember> ranking, long unitId) {
		return AwardOffers.offered(member(ranking, unitId), ranking, List.of());
	}

	private static void assertRefused(List<RankedMember> ranking, long unitId, ProposalKind kind, String key) {
		assertThatThrownBy(() -> AwardOffers.check(member(ranking, unitId), ranking, List.of(), kind))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
	}

	private static RankedMember member(List<RankedMember> ranking, long unitId) {
		return ranking.stream().filter(member -> member.unitId() == unitId).findFirst().orElseThrow();
	}

	/**
	 * Members ranked by their totals: equal totals share a rank; classified by the
	 * standard thresholds.
	 */
	private static List<RankedMember> rank(Map<Long, Integer> totals) {
		List<Map.Entry<Long, Integer>> sorted = totals.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
			.toList();
		List<RankedMember> ranked = new java.util.ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal total = BigDecimal.valueOf(sorted.get(i).getValue());
			int rank = i > 0 && sorted.get(i - 1).getValue().equals(sorted.get(i).getValue()) ? ranked.get(i - 1).rank()
					: i + 1;
			ranked.add(new RankedMember(sorted.get(i).getKey(), total, BigDecimal.ZERO, BigDecimal.ZERO, total, total,
					rank, false, THRESHOLDS.classify(total)));
		}
		return ranked;
	}

}
