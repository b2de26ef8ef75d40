package vn.thidua.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.UnitNames;

/**
 * Creates, edits, moves and deactivates units within the caller's subtree. Officers
 * manage the units below their own; administrators also manage their own unit.
 */
@Service
@Transactional
public class UnitManagement {

	private final Units units;

	private final UnitCatalog catalog;

	private final UnitCorrections corrections;

	private final Clock clock;

	private final SigningSettingsRepository signings;

	private final Reorganiser reorganiser;

	private final WriteGate writeGate;

	UnitManagement(Units units, UnitCatalog catalog, UnitCorrections corrections, Clock clock,
			SigningSettingsRepository signings, Reorganiser reorganiser, WriteGate writeGate) {
		this.signings = signings;
		this.reorganiser = reorganiser;
		this.writeGate = writeGate;
		this.units = units;
		this.catalog = catalog;
		this.corrections = corrections;
		this.clock = clock;
	}

	/**
	 * The unit if it lies in the user's subtree; a foreign unit is reported as missing.
	 */
	@Transactional(readOnly = true)
	public UnitRow show(long id, CurrentUser user) {
		UnitRow unit = catalog.get(id);
		if (!catalog.isWithin(id, user.unitId())) {
			throw new NotFoundException("unit", id);
		}
		return unit;
	}

	/**
	 * The unit for an edit or move form, if the user may change it.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	@Transactional(readOnly = true)
	public UnitRow showForChange(long id, CurrentUser user) {
		manageable(id, user, false);
		return catalog.get(id);
	}

	/**
	 * The unit under which the user wants to create another, if they may.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	@Transactional(readOnly = true)
	public UnitRow showAsParent(long id, CurrentUser user) {
		manageable(id, user, true);
		return catalog.get(id);
	}

	/**
	 * Whether the page should offer editing, moving and deactivating this unit to the
	 * user.
	 */
	public boolean canChange(UnitRow unit, CurrentUser user) {
		boolean inOwnTree = unit.id() == user.unitId() ? user.isAdmin() : unit.isBelow(user.unitId());
		return (user.isAdmin() || user.has(Role.OFFICER)) && inOwnTree;
	}

	@Transactional(readOnly = true)
	public UnitRow scopeRoot(CurrentUser user) {
		return catalog.get(user.unitId());
	}

	@Transactional(readOnly = true)
	public List<UnitRow> breadcrumbs(UnitRow unit, CurrentUser user) {
		return catalog.findAll(unit.ancestorIdsFrom(user.unitId()));
	}

	/**
	 * The top of a new tree, made at start-up when a database is empty; not reachable
	 * from the web.
	 */
	public Unit createRoot(UnitDetails details) {
		requireFreeCode(details.code());
		return units
			.save(new Unit(units.nextId(), details.code(), details.name(), details.kind(), null, details.validFrom()));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Unit create(long parentId, UnitDetails details, CurrentUser user) {
		Unit parent = manageable(parentId, user, true);
		if (!parent.isActive()) {
			throw new BusinessRuleViolation("unit.parent.inactive");
		}
		requireFreeCode(details.code());
		Unit unit = new Unit(units.nextId(), details.code(), details.name(), details.kind(), parent,
				details.validFrom());
		return units.save(unit);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Unit update(long id, long version, UnitDetails details, CurrentUser user) {
		Unit unit = manageable(id, user, false);
		StaleEditException.check("unit", id, version, unit.getVersion());
		if (!unit.getCode().equals(details.code()) && unit.isActive()) {
			requireFreeCode(details.code());
		}
		unit.describe(details.code(), details.name(), details.kind(), details.validFrom());
		return unit;
	}

	/**
	 * Corrects a unit's parent for all dates, with the reason recorded: for a unit placed
	 * under the wrong parent. A real change of parent is a reorganisation.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Unit move(long id, long version, long newParentId, String reason, CurrentUser user) {
		Unit unit = manageable(id, user, false);
		StaleEditException.check("unit", id, version, unit.getVersion());
		if (unit.getParentId() == null) {
			throw new BusinessRuleViolation("unit.move.root");
		}
		Unit newParent = manageable(newParentId, user, true);
		corrections
			.save(new UnitCorrection(id, unit.getParentId(), newParentId, reason, user.username(), clock.instant()));
		int oldDepth = unit.getDepth();
		String oldPath = unit.moveUnder(newParent);
		units.saveAndFlush(unit);
		units.moveDescendants(oldPath, unit.getPath(), unit.getDepth() - oldDepth);
		return units.findById(id).orElseThrow();
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Unit deactivate(long id, long version, LocalDate on, @Nullable Long successorId, CurrentUser user) {
		Unit unit = manageable(id, user, false);
		StaleEditException.check("unit", id, version, unit.getVersion());
		long activeChildren = units.countActiveChildren(id);
		if (activeChildren > 0) {
			throw new BusinessRuleViolation("unit.deactivate.hasChildren", activeChildren);
		}
		writeGate.holdAlone();
		refuseIfWorkOfToday(unit);
		unit.deactivate(on, successorId == null ? null : manageable(successorId, user, true));
		return unit;
	}

	/**
	 * Accounts, people and work in flight follow an ended unit only to an heir, which a
	 * reorganisation plan names; deactivating by hand is for a unit with none left.
	 * Counted behind the {@link WriteGate}, so that none lands while the unit ends.
	 */
	private void refuseIfWorkOfToday(Unit unit) {
		List<SuccessionEffect> left = reorganiser.preview(Set.of(unit.getId()), Set.of());
		if (left.isEmpty()) {
			return;
		}
		throw BusinessRuleViolation.withDetails(
				new BusinessRuleViolation("unit.deactivate.workLeft", UnitNames.inSentence(unit.getName())),
				left.stream().map(effect -> new BusinessRuleViolation(effect.messageKey(), effect.count())).toList());
	}

	/**
	 * Whether the page of a unit the user can see ({@link #show}) should offer setting
	 * who signs its documents: to an administrator, or an officer of the unit or of a
	 * unit above it.
	 */
	public boolean canSetSigning(CurrentUser user) {
		return user.isAdmin() || user.has(Role.OFFICER);
	}

	/**
	 * The unit's signing settings for their form, if the user may change them.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	@Transactional(readOnly = true)
	public UnitSigning showSigning(long id, CurrentUser user) {
		signable(id, user);
		return catalog.signing(id);
	}

	/**
	 * Saves the symbol in the unit's document numbers, its head and its optional deputy.
	 * {@code version} is the version the form was read at, null when the unit had no
	 * saved settings; every broken rule is reported by {@link SigningDetails#problems()},
	 * the first one thrown here.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public SigningSettings updateSigning(long id, @Nullable Long version, SigningDetails details, CurrentUser user) {
		signable(id, user);
		details.problems().stream().findFirst().ifPresent(problem -> {
			throw new BusinessRuleViolation(problem.messageKey());
		});
		var saved = signings.findById(id);
		if (saved.isEmpty()) {
			if (version != null) {
				throw new StaleEditException("signing", id);
			}
			try {
				return signings.saveAndFlush(new SigningSettings(id, details));
			}
			catch (DataIntegrityViolationException concurrent) {
				// another officer saved the unit's first settings meanwhile
				throw new StaleEditException("signing", id);
			}
		}
		StaleEditException.check("signing", id, version, saved.get().getVersion());
		saved.get().change(details);
		return saved.get();
	}

	private void signable(long id, CurrentUser user) {
		UnitRow unit = catalog.get(id);
		if (!catalog.isWithin(unit.id(), user.unitId())) {
			throw new NotFoundException("unit", id);
		}
	}

	private void requireFreeCode(String code) {
		if (units.existsByCodeAndActiveTrue(code)) {
			throw new BusinessRuleViolation("unit.code.taken", code);
		}
	}

	/**
	 * A unit the user may change: inside their subtree, and below their own unit unless
	 * they are an administrator or the unit is only the parent of a change.
	 */
	private Unit manageable(long id, CurrentUser user, boolean asParent) {
		Unit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
		Unit root = units.findById(user.unitId()).orElseThrow(() -> new NotFoundException("unit", user.unitId()));
		if (!unit.isWithin(root)) {
			throw new NotFoundException("unit", id);
		}
		if (!asParent && !user.isAdmin() && unit.getId().equals(root.getId())) {
			throw new AccessDeniedException("Officers manage the units below their own");
		}
		return unit;
	}

}
