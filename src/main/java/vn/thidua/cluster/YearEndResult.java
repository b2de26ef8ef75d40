package vn.thidua.cluster;

import java.util.List;

/**
 * A cluster's finalised year-end review as award proposals read it: the units its leader
 * proposed, each with its place in the ranking.
 */
public record YearEndResult(long reviewId, long clusterId, String clusterCode, String clusterName, int year,
		int memberCount, List<Proposed> proposed) {

	/**
	 * A unit proposed for the emulation flag or a certificate of merit, and where it
	 * ranked.
	 */
	public record Proposed(long unitId, ProposalKind kind, RankedMember place) {
	}

}
