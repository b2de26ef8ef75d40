package vn.thidua.proposal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ProposalKind;
import vn.thidua.cluster.YearEndResult;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Turns the units a cluster leader proposed from a finalised year-end ranking into lines:
 * the emulation flag becomes Cờ thi đua cấp tỉnh, a certificate of merit the collective
 * provincial certificate, each with an achievement written from the ranking in Vietnamese
 * — the language of the dossier, whatever the user's. The proposing unit draws from the
 * clusters it can see, and only when every proposed unit lies within its subtree.
 */
@Component
class RankingLines {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final ClusterQueries clusters;

	private final UnitCatalog units;

	private final MessageSource messages;

	RankingLines(ClusterQueries clusters, UnitCatalog units, MessageSource messages) {
		this.clusters = clusters;
		this.units = units;
		this.messages = messages;
	}

	static String awardType(ProposalKind kind) {
		return switch (kind) {
			case EMULATION_FLAG -> "CO_TINH";
			case CERTIFICATE_OF_MERIT -> "BK_TINH_TT";
		};
	}

	List<RankingOffer> offers(Proposal proposal, List<ProposalLine> current) {
		List<YearEndResult> results = clusters.yearEndProposals(proposal.getYear(), proposal.getProposingUnitId());
		if (results.isEmpty()) {
			return List.of();
		}
		UnitRow scope = units.get(proposal.getProposingUnitId());
		Map<Long, UnitRow> named = units
			.findAll(results.stream()
				.flatMap(result -> result.proposed().stream())
				.map(YearEndResult.Proposed::unitId)
				.distinct()
				.toList())
			.stream()
			.collect(Collectors.toMap(UnitRow::id, Function.identity()));
		Set<String> present = new HashSet<>();
		current.stream()
			.filter(line -> !line.isIndividual())
			.forEach(line -> present.add(line.getUnitId() + ":" + line.getAwardTypeCode()));
		return results.stream().map(result -> offer(result, named, scope, present)).toList();
	}

	/**
	 * The new lines of one ranking, or a refusal when a proposed unit lies outside the
	 * proposing unit's subtree.
	 */
	List<ProposalLine> lines(Proposal proposal, long reviewId, List<ProposalLine> current) {
		RankingOffer offer = offers(proposal, current).stream()
			.filter(candidate -> candidate.reviewId() == reviewId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("review", reviewId));
		if (!offer.withinScope()) {
			throw new BusinessRuleViolation("proposal.ranking.outsideScope", offer.clusterName(),
					offer.items()
						.stream()
						.filter(item -> !item.withinScope())
						.map(RankingOffer.Item::unitName)
						.collect(Collectors.joining(", ")),
					units.get(proposal.getProposingUnitId()).name());
		}
		return offer.items()
			.stream()
			.filter(item -> !item.present())
			.map(item -> new ProposalLine(proposal.getId(), null, item.unitId(), item.unitName(), item.unitCode(),
					item.awardType(), item.achievement()))
			.toList();
	}

	private RankingOffer offer(YearEndResult result, Map<Long, UnitRow> named, UnitRow scope, Set<String> present) {
		return new RankingOffer(result.reviewId(), result.clusterCode(), result.clusterName(), result.year(),
				result.memberCount(), result.proposed().stream().map(proposed -> {
					UnitRow unit = named.get(proposed.unitId());
					String type = awardType(proposed.kind());
					return new RankingOffer.Item(unit.id(), unit.code(), unit.name(), type, proposed.place().rank(),
							proposed.place().total(), proposed.place().classification(), achievement(result, proposed),
							present.contains(unit.id() + ":" + type), unit.isWithin(scope));
				}).toList());
	}

	/**
	 * "Dẫn đầu Cụm Thi đua số 1 năm 2023 với 96 điểm, xếp loại Xuất sắc." — or its rank
	 * among the members when it did not lead.
	 */
	private String achievement(YearEndResult result, YearEndResult.Proposed proposed) {
		int rank = proposed.place().rank();
		String classification = messages.getMessage("Classification." + proposed.place().classification(), null,
				VIETNAMESE);
		return messages.getMessage(rank == 1 ? "proposal.ranking.achievementLeader" : "proposal.ranking.achievement",
				new Object[] { result.clusterName(), String.valueOf(result.year()),
						VietnameseNumbers.format(proposed.place().total()), classification, String.valueOf(rank),
						String.valueOf(result.memberCount()) },
				VIETNAMESE);
	}

}
