package vn.thidua.movement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;

/**
 * Who may see and do what with a movement. A movement reaches the units below and above
 * its launching unit and those taking part; it is managed by the officers of the unit
 * that launched it; its reports are reviewed by those or by the lead unit's officers;
 * units pledge and report for themselves only.
 */
@Component
class MovementAccess {

	private final JdbcClient jdbc;

	private final Participants participants;

	private final UnitCatalog units;

	MovementAccess(JdbcClient jdbc, Participants participants, UnitCatalog units) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.units = units;
	}

	boolean canSee(Movement movement, CurrentUser user) {
		return jdbc
			.sql("""
					select exists (select 1 from unit lu, unit me
					               where lu.id = :launching and me.id = :me
					                 and (exists (select 1 from unit_scope(me.id) scope_roots(root_path) where unit_in_subtree(lu.path, root_path)) or unit_in_subtree(me.path, lu.path)))
					    or exists (select 1 from movement_participant p join unit pu on pu.id = p.unit_id, unit me
					               where p.movement_id = :movement and me.id = :me and exists (select 1 from unit_scope(me.id) scope_roots(root_path) where unit_in_subtree(pu.path, root_path)))
					""")
			.param("launching", movement.getLaunchingUnitId())
			.param("me", user.unitId())
			.param("movement", movement.getId())
			.query(Boolean.class)
			.single();
	}

	void requireVisible(Movement movement, CurrentUser user) {
		if (!canSee(movement, user)) {
			throw new NotFoundException("movement", movement.getId());
		}
	}

	boolean canManage(Movement movement, CurrentUser user) {
		return mayLaunchFor(movement.getLaunchingUnitId(), user);
	}

	boolean mayLaunchFor(long launchingUnitId, CurrentUser user) {
		if (user.has(Role.OFFICER) && user.unitId() == launchingUnitId) {
			return true;
		}
		return user.isAdmin() && isWithin(launchingUnitId, user.unitId());
	}

	boolean canReview(Movement movement, CurrentUser user) {
		return canManage(movement, user) || (user.has(Role.OFFICER) && user.unitId() == movement.getLeadUnitId());
	}

	boolean canReportFor(Movement movement, long unitId, CurrentUser user) {
		return (user.has(Role.UNIT_REPORTER) || user.has(Role.OFFICER)) && user.unitId() == unitId
				&& participants.existsByMovementIdAndUnitId(movement.getId(), unitId);
	}

	/**
	 * Whether the user may read a unit's pledges and reports: the unit's own people and
	 * those above it, and the movement's reviewers.
	 */
	boolean canReadUnit(Movement movement, long unitId, CurrentUser user) {
		return isWithin(unitId, user.unitId()) || canReview(movement, user);
	}

	boolean isWithin(long unitId, long ancestorId) {
		return units.isWithin(unitId, ancestorId);
	}

}
