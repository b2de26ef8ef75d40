package vn.thidua.cluster;

import org.jspecify.annotations.Nullable;

/**
 * A cluster as lists show it, with its latest year's leader.
 */
public record ClusterRow(long id, String code, String name, ClusterKind kind, String supervisingUnitName,
		@Nullable Integer latestYear, @Nullable String leaderName, long memberCount) {

}
