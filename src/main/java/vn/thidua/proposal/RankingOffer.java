package vn.thidua.proposal;

import java.math.BigDecimal;
import java.util.List;

import vn.thidua.cluster.Classification;

/**
 * A cluster's finalised year-end ranking as the lines it would add to a proposal: each
 * unit its leader proposed, with the award, its place and the achievement text. It can be
 * added when every proposed unit lies within the proposing unit's subtree and one of them
 * is not yet a line.
 */
public record RankingOffer(long reviewId, String clusterCode, String clusterName, int year, int memberCount,
		List<Item> items) {

	/**
	 * One proposed unit as a line: the award it becomes, its rank, total and
	 * classification, the generated achievement, whether it is already a line of the
	 * proposal and whether it lies within the proposing unit's subtree.
	 */
	public record Item(long unitId, String unitCode, String unitName, String awardType, int rank, BigDecimal total,
			Classification classification, String achievement, boolean present, boolean withinScope) {
	}

	public boolean withinScope() {
		return items.stream().allMatch(Item::withinScope);
	}

	public boolean addable() {
		return withinScope() && items.stream().anyMatch(item -> !item.present());
	}

}
