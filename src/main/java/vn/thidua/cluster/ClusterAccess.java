package vn.thidua.cluster;

import org.springframework.stereotype.Component;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;

/**
 * Who may see and do what in a cluster. Officers at or above the supervising unit see
 * everything and manage the cluster; a year's leader unit enters its review scores;
 * members see the cluster and edit only their own self-assessment.
 */
@Component
class ClusterAccess {

	private final UnitCatalog units;

	ClusterAccess(UnitCatalog units) {
		this.units = units;
	}

	boolean supervises(Cluster cluster, CurrentUser user) {
		return (user.isAdmin() || user.has(Role.OFFICER))
				&& units.isWithin(cluster.getSupervisingUnitId(), user.unitId());
	}

	boolean canSee(Cluster cluster, CurrentUser user) {
		return units.isWithin(cluster.getSupervisingUnitId(), user.unitId())
				|| units.isWithin(user.unitId(), cluster.getSupervisingUnitId());
	}

	void requireVisible(Cluster cluster, CurrentUser user) {
		if (!canSee(cluster, user)) {
			throw new NotFoundException("cluster", cluster.getId());
		}
	}

	/**
	 * The year's leader unit, through its cluster leaders and officers.
	 */
	boolean leads(ClusterYear year, CurrentUser user) {
		return user.unitId() == year.getLeaderUnitId() && (user.has(Role.CLUSTER_LEADER) || user.has(Role.OFFICER));
	}

	/**
	 * A member unit's own people, for its self-assessment.
	 */
	boolean speaksFor(ClusterYear year, long unitId, CurrentUser user) {
		return user.unitId() == unitId && year.isMember(unitId)
				&& (user.has(Role.CLUSTER_LEADER) || user.has(Role.OFFICER) || user.has(Role.UNIT_REPORTER));
	}

}
