package vn.thidua.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.attachment.AttachmentStore;
import vn.thidua.attachment.FileType;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Launches and runs movements: their definition, targets, life steps and participating
 * units. Only the officers of the launching unit (or an administrator above it) change a
 * movement; units register themselves while registration is open.
 */
@Service
@Transactional
public class MovementManagement {

	static final int MAX_SUBTREE = 5000;

	static final Set<FileType> DOCUMENTS = Set.of(FileType.PDF, FileType.DOCX);

	private final Movements movements;

	private final Participants participants;

	private final ProgressReports reports;

	private final Pledges pledges;

	private final MovementAccess access;

	private final UnitCatalog units;

	private final AttachmentStore documents;

	private final Clock clock;

	private final EntityManager entityManager;

	MovementManagement(Movements movements, Participants participants, ProgressReports reports, Pledges pledges,
			MovementAccess access, UnitCatalog units, AttachmentStore documents, Clock clock,
			EntityManager entityManager) {
		this.pledges = pledges;
		this.entityManager = entityManager;
		this.documents = documents;
		this.movements = movements;
		this.participants = participants;
		this.reports = reports;
		this.access = access;
		this.units = units;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Movement show(long id, CurrentUser user) {
		Movement movement = movements.findById(id).orElseThrow(() -> new NotFoundException("movement", id));
		access.requireVisible(movement, user);
		return movement.loaded();
	}

	@Transactional(readOnly = true)
	public MovementRights rights(Movement movement, CurrentUser user) {
		boolean participates = participants.existsByMovementIdAndUnitId(movement.getId(), user.unitId());
		boolean mayRegister = !participates && movement.isRegistrationOpen(LocalDate.now(clock))
				&& (user.has(Role.UNIT_REPORTER) || user.has(Role.OFFICER))
				&& access.isWithin(user.unitId(), movement.getLaunchingUnitId());
		return new MovementRights(access.canManage(movement, user), access.canReview(movement, user),
				access.canReportFor(movement, user.unitId(), user), mayRegister);
	}

	/**
	 * Which of these participants' pledges and reports the user may open.
	 */
	@Transactional(readOnly = true)
	public Set<Long> readableUnits(Movement movement, Collection<Long> unitIds, CurrentUser user) {
		return access.canReview(movement, user) ? Set.copyOf(unitIds) : units.within(unitIds, user.unitId());
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Movement create(MovementDraft draft, CurrentUser user) {
		checkDraft(draft, null, user);
		return movements.save(new Movement(draft));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Movement update(long id, long version, MovementDraft draft, CurrentUser user) {
		Movement movement = manageable(id, version, user);
		checkDraft(draft, movement, user);
		movement.update(draft);
		return movement;
	}

	/**
	 * Attaches the signed plan document (PDF or DOCX) while the movement is a draft.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Movement attachPlan(long id, long version, MultipartFile file, CurrentUser user) {
		Movement movement = manageable(id, version, user);
		movement.attachPlan(documents.store(file, DOCUMENTS, user).id());
		return movement;
	}

	/**
	 * Takes the next step, with its document file when one is given. Nothing changes
	 * unless the officer confirmed the step (every step freezes something) and the step
	 * meets the rules of {@link Movement#checkStep}.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Movement advance(long id, long version, MovementStatus next, StepRecord step, @Nullable MultipartFile file,
			boolean confirmed, CurrentUser user) {
		Movement movement = manageable(id, version, user);
		LocalDate today = LocalDate.now(clock.withZone(Movement.OFFICE_TIME));
		movement.checkStep(next, step, today);
		if (next.needsConfirmation() && !confirmed) {
			throw new BusinessRuleViolation("movement.step.unconfirmed");
		}
		StepRecord recorded = file == null || file.isEmpty() ? step : new StepRecord(step.takenOn(),
				step.documentNumber(), documents.store(file, DOCUMENTS, user).id(), step.note());
		movement.advance(next, recorded, user.username(), user.unitId(), clock.instant(), today);
		return movement;
	}

	/**
	 * Withdraws the last step, recorded by mistake: the same office, the same day. The
	 * step stays on record as withdrawn; the audit log keeps who withdrew it and when.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Movement withdrawLastStep(long id, long version, CurrentUser user) {
		Movement movement = manageable(id, version, user);
		movement.withdrawLastStep(user.unitId(), user.username(), clock.instant(),
				reports.existsByMovementId(id) || pledges.existsByMovementId(id));
		return movement;
	}

	/**
	 * A document of the movement (its plan or a step's review document) as a download, if
	 * the user may see the movement.
	 */
	@Transactional(readOnly = true)
	public ResponseEntity<StreamingResponseBody> document(long id, long attachmentId, CurrentUser user) {
		Movement movement = show(id, user);
		if (!movement.documentIds().contains(attachmentId)) {
			throw new NotFoundException("attachment", attachmentId);
		}
		return documents.download(attachmentId);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Target addTarget(long id, long version, TargetDefinition definition, CurrentUser user) {
		Movement movement = manageable(id, version, user);
		Target target = movement.addTarget(definition);
		movements.flush();
		return target;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Movement changeTarget(long id, long version, long targetId, TargetDefinition definition, CurrentUser user) {
		Movement movement = manageable(id, version, user);
		movement.changeTarget(targetId, definition);
		return movement;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public Movement removeTarget(long id, long version, long targetId, CurrentUser user) {
		Movement movement = manageable(id, version, user);
		movement.removeTarget(targetId);
		return movement;
	}

	/**
	 * Adds units by code, each alone or with all the active units below it, and returns
	 * how many joined. Units must lie within the launching unit's subtree.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public int addParticipants(long id, List<String> codes, boolean withSubtrees, CurrentUser user) {
		Movement movement = manageable(id, null, user);
		requireParticipantChanges(movement);
		UnitRow launching = units.get(movement.getLaunchingUnitId());
		var found = units.findActiveByCodes(codes);
		List<String> unknown = codes.stream()
			.filter(code -> !found.containsKey(code) || !found.get(code).isWithin(launching))
			.toList();
		if (!unknown.isEmpty()) {
			throw new BusinessRuleViolation("participant.unknownCodes", String.join(", ", unknown));
		}
		Set<Long> unitIds = found.values()
			.stream()
			.flatMap(unit -> withSubtrees ? units.activeSubtree(unit, MAX_SUBTREE).stream() : List.of(unit).stream())
			.map(UnitRow::id)
			.collect(Collectors.toSet());
		unitIds.removeAll(participants.findUnitIdsAmong(id, unitIds.toArray(Long[]::new)));
		LocalDate today = LocalDate.now(clock);
		participants.saveAll(unitIds.stream()
			.map(unitId -> new Participant(id, unitId, JoinedVia.ASSIGNED, today, user.username()))
			.toList());
		return unitIds.size();
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
	public void removeParticipant(long id, long unitId, CurrentUser user) {
		Movement movement = manageable(id, null, user);
		requireParticipantChanges(movement);
		Participant participant = participants.findByMovementIdAndUnitId(id, unitId)
			.orElseThrow(() -> new NotFoundException("participant", unitId));
		if (reports.existsByMovementIdAndUnitId(id, unitId)) {
			throw new BusinessRuleViolation("participant.hasReports");
		}
		participants.delete(participant);
	}

	/**
	 * Registers the user's own unit (đăng ký thi đua) while registration is open.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'UNIT_REPORTER')")
	public void register(long id, CurrentUser user) {
		movements.holdShared(id);
		Movement movement = show(id, user);
		if (!rights(movement, user).mayRegister()) {
			throw new BusinessRuleViolation("participant.registrationClosed");
		}
		participants
			.save(new Participant(id, user.unitId(), JoinedVia.REGISTERED, LocalDate.now(clock), user.username()));
	}

	/**
	 * Refuses a draft with every problem found at once (units, parent, code, dates), so
	 * the form shows them together rather than one per try.
	 */
	private void checkDraft(MovementDraft draft, @Nullable Movement current, CurrentUser user) {
		List<BusinessRuleViolation> problems = new ArrayList<>();
		if (!access.mayLaunchFor(draft.launchingUnitId(), user)) {
			problems.add(new BusinessRuleViolation("movement.launchingUnit.notYours"));
		}
		UnitRow launching = units.get(draft.launchingUnitId());
		if (!within(draft.leadUnitId(), launching)) {
			problems.add(new BusinessRuleViolation("movement.leadUnit.outside"));
		}
		if (draft.standingUnitId() != null && !within(draft.standingUnitId(), launching)) {
			problems.add(new BusinessRuleViolation("movement.standingUnit.outside"));
		}
		if (draft.parentId() != null && (current == null || !draft.parentId().equals(current.getParentId()))) {
			Optional<Movement> parent = movements.findById(draft.parentId());
			if (parent.isEmpty()) {
				problems.add(new BusinessRuleViolation("movement.parent.notFound"));
			}
			else if (!access.canSee(parent.get(), user) || parent.get().getLaunchingUnitId() == draft.launchingUnitId()
					|| !access.isWithin(draft.launchingUnitId(), parent.get().getLaunchingUnitId())) {
				problems.add(new BusinessRuleViolation("movement.parent.notAbove"));
			}
		}
		if ((current == null || !current.getCode().equals(draft.code())) && movements.existsByCode(draft.code())) {
			problems.add(new BusinessRuleViolation("movement.code.taken", draft.code()));
		}
		problems.addAll(MovementDraft.dateProblems(draft.startDate(), draft.endDate(), draft.registrationDeadline()));
		BusinessRuleViolation.throwIfAny(problems);
	}

	private boolean within(long unitId, UnitRow launching) {
		var unit = units.find(unitId);
		return unit.isPresent() && unit.get().active() && unit.get().isWithin(launching);
	}

	private Movement manageable(long id, @Nullable Long version, CurrentUser user) {
		movements.holdAlone(id);
		Movement movement = show(id, user);
		if (!access.canManage(movement, user)) {
			throw new AccessDeniedException("Only the launching unit manages a movement");
		}
		if (version != null) {
			StaleEditException.check("movement", id, version, movement.getVersion());
		}
		// a change to a target or step is a change to the movement: forms holding the old
		// version become stale
		entityManager.lock(movement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return movement;
	}

	private static void requireParticipantChanges(Movement movement) {
		if (!movement.getStatus().allowsParticipantChanges()) {
			throw new BusinessRuleViolation("participant.frozen");
		}
	}

}
