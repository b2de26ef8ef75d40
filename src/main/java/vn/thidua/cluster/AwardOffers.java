package vn.thidua.cluster;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * What a finalised year-end ranking lets the cluster leader propose for each member:
 * <ul>
 * <li>the emulation flag (Cờ thi đua of the province, rule CO_TINH: "leads its cluster or
 * block in the year-end ranking") only to the leading member — rank 1, every member tied
 * there included;</li>
 * <li>the certificate of merit (Bằng khen) only to a member classified "Tốt" or "Xuất
 * sắc" by the pact's thresholds that is not last in the ranking (a "Khá" member, or the
 * last-placed one, is not commended over the others);</li>
 * <li>one achievement, one form (general rule 3): a member proposed for one of them is
 * not proposed for the other from the same review.</li>
 * </ul>
 * The page offers only what these rules allow, and a proposal the page did not offer is
 * refused.
 */
public final class AwardOffers {

	private AwardOffers() {
	}

	/**
	 * The forms the member may still be proposed for, given what it was proposed for.
	 */
	public static Set<ProposalKind> offered(RankedMember member, List<RankedMember> ranking,
			Collection<ProposalKind> proposed) {
		Set<ProposalKind> offered = EnumSet.noneOf(ProposalKind.class);
		for (ProposalKind kind : ProposalKind.values()) {
			if (refusal(member, ranking, proposed, kind) == null) {
				offered.add(kind);
			}
		}
		return offered;
	}

	/**
	 * Refuses a proposal the ranking and the rules do not allow.
	 */
	public static void check(RankedMember member, List<RankedMember> ranking, Collection<ProposalKind> proposed,
			ProposalKind kind) {
		String refusal = refusal(member, ranking, proposed, kind);
		if (refusal != null) {
			throw new BusinessRuleViolation(refusal);
		}
	}

	private static String refusal(RankedMember member, List<RankedMember> ranking, Collection<ProposalKind> proposed,
			ProposalKind kind) {
		if (proposed.contains(kind)) {
			return "proposal.exists";
		}
		if (!proposed.isEmpty()) {
			return "proposal.oneForm";
		}
		return switch (kind) {
			case EMULATION_FLAG -> member.rank() == 1 ? null : "proposal.flag.notLeader";
			case CERTIFICATE_OF_MERIT -> {
				if (member.classification() != Classification.EXCELLENT
						&& member.classification() != Classification.GOOD) {
					yield "proposal.certificate.classification";
				}
				yield isLast(member, ranking) ? "proposal.certificate.last" : null;
			}
		};
	}

	private static boolean isLast(RankedMember member, List<RankedMember> ranking) {
		int last = ranking.stream().mapToInt(RankedMember::rank).max().orElse(1);
		return last > 1 && member.rank() == last;
	}

}
