package vn.thidua.cluster;

import java.util.List;
import java.util.Set;

/**
 * A cluster or block in a year as a report states it: its members, the leader (cụm
 * trưởng) and the units first in its finalised year-end ranking (none until then).
 */
public record ClusterStanding(long clusterId, String code, String name, ClusterKind kind, Set<Long> members,
		long leaderUnitId, List<Long> first) {

}
