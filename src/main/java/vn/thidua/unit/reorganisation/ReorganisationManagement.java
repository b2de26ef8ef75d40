package vn.thidua.unit.reorganisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.attachment.AttachmentStore;
import vn.thidua.attachment.FileType;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.Reorganiser;
import vn.thidua.unit.SuccessionEffect;
import vn.thidua.unit.SuccessionRow;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;
import vn.thidua.unit.WriteGate;

/**
 * Prepares, previews and applies reorganisation plans within an administrator's subtree.
 * A plan is applied once, all or nothing, and only from its effective date.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ReorganisationManagement {

	private final Reorganisations reorganisations;

	private final Operations operations;

	private final PlanCheck check;

	private final Reorganiser reorganiser;

	private final UnitCatalog units;

	private final AttachmentStore attachments;

	private final Clock clock;

	private final EntityManager entityManager;

	private final WriteGate gate;

	ReorganisationManagement(Reorganisations reorganisations, Operations operations, PlanCheck check,
			Reorganiser reorganiser, UnitCatalog units, AttachmentStore attachments, Clock clock,
			EntityManager entityManager, WriteGate gate) {
		this.entityManager = entityManager;
		this.gate = gate;
		this.reorganisations = reorganisations;
		this.operations = operations;
		this.check = check;
		this.reorganiser = reorganiser;
		this.units = units;
		this.attachments = attachments;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Reorganisation> list(CurrentUser user) {
		return reorganisations.findVisible(user.unitId());
	}

	public Reorganisation create(ReorganisationDetails details, CurrentUser user) {
		return reorganisations.save(
				new Reorganisation(reorganisations.nextId(), user.unitId(), details, user.username(), clock.instant()));
	}

	public Reorganisation update(long id, long version, ReorganisationDetails details, CurrentUser user) {
		Reorganisation plan = editable(id, version, user);
		plan.describe(details);
		return plan;
	}

	public Reorganisation attach(long id, long version, MultipartFile file, CurrentUser user) {
		Reorganisation plan = editable(id, version, user);
		plan.attach(attachments.store(file, Set.of(FileType.PDF, FileType.DOCX), user).id());
		return plan;
	}

	/**
	 * Adds an operation unless it has problems of its own; problems of the plan as a
	 * whole (a unit left without its parent) are listed on the plan and stop only its
	 * application.
	 */
	public List<PlanProblem> addOperation(long id, long version, OperationDraft draft, CurrentUser user) {
		Reorganisation plan = editable(id, version, user);
		List<Operation> current = operations.findByReorganisationIdOrderByPosition(id);
		int position = current.stream().mapToInt(Operation::getPosition).max().orElse(0) + 1;
		List<PlanCheck.Line> lines = new ArrayList<>(lines(current));
		lines.add(new PlanCheck.Line(position, draft));
		List<PlanProblem> own = check.check(lines, plan.getEffectiveOn(), scope(plan))
			.problems()
			.stream()
			.filter(problem -> problem.row() == position)
			.toList();
		if (own.isEmpty()) {
			operations.save(new Operation(id, position, draft));
			touch(plan);
		}
		return own;
	}

	public void removeOperation(long id, long version, long operationId, CurrentUser user) {
		Reorganisation plan = editable(id, version, user);
		Operation operation = operations.findById(operationId)
			.filter(op -> op.getReorganisationId() == id)
			.orElseThrow(() -> new NotFoundException("operation", operationId));
		operations.delete(operation);
		touch(plan);
	}

	/**
	 * Replaces the plan's operations with a sheet's, only when no row has a problem of
	 * its own; otherwise nothing changes and every problem is returned.
	 */
	public List<PlanProblem> replaceOperations(long id, long version, byte[] content, CurrentUser user) {
		Reorganisation plan = editable(id, version, user);
		PlanSheet.Parsed parsed = PlanSheet.read(content);
		List<PlanProblem> problems = new ArrayList<>(parsed.problems());
		if (problems.isEmpty()) {
			check.check(parsed.lines(), plan.getEffectiveOn(), scope(plan))
				.problems()
				.stream()
				.filter(PlanProblem::isOfRow)
				.forEach(problems::add);
		}
		if (parsed.lines().isEmpty() && problems.isEmpty()) {
			problems.add(new PlanProblem(0, "", "reorganisation.problem.empty"));
		}
		if (problems.isEmpty()) {
			operations.deleteAll(operations.findByReorganisationIdOrderByPosition(id));
			operations.flush();
			int position = 0;
			for (PlanCheck.Line line : parsed.lines()) {
				operations.save(new Operation(id, ++position, line.operation()));
			}
			touch(plan);
		}
		return problems;
	}

	@Transactional(readOnly = true)
	public PlanView view(long id, CurrentUser user) {
		Reorganisation plan = visible(id, user);
		List<Operation> ops = operations.findByReorganisationIdOrderByPosition(id);
		String documentName = plan.getAttachmentId() == null ? null
				: attachments.info(plan.getAttachmentId()).fileName();
		if (plan.isApplied()) {
			return new PlanView(plan, scope(plan), ops, List.of(), List.of(), List.of(), List.of(), successions(id),
					documentName);
		}
		CheckedPlan checked = check.check(lines(ops), plan.getEffectiveOn(), scope(plan));
		List<PlanProblem> problems = new ArrayList<>(checked.problems());
		if (checked.isApplicable() && plan.getEffectiveOn().isAfter(today())) {
			problems.add(new PlanProblem(0, "", "reorganisation.problem.notYetEffective",
					VietnameseDateFormatter.format(plan.getEffectiveOn())));
		}
		List<SuccessionEffect> effects = checked.isApplicable()
				? reorganiser.preview(checked.ending(), checked.disableAccountsOf()) : List.of();
		return new PlanView(plan, scope(plan), ops, problems, checked.creations(),
				units.findAll(List.copyOf(checked.ending())), effects, List.of(), documentName);
	}

	/**
	 * Applies the plan as it stands, all or nothing: the tree, the successions and every
	 * module's records of today. No other write runs meanwhile: those under way end first
	 * (their records are carried over), later ones wait and see the new tree.
	 */
	public Reorganisation apply(long id, long version, CurrentUser user) {
		gate.holdAlone();
		Reorganisation plan = editable(id, version, user);
		if (plan.getEffectiveOn().isAfter(today())) {
			throw new BusinessRuleViolation("reorganisation.problem.notYetEffective",
					VietnameseDateFormatter.format(plan.getEffectiveOn()));
		}
		CheckedPlan checked = check.check(lines(operations.findByReorganisationIdOrderByPosition(id)),
				plan.getEffectiveOn(), scope(plan));
		if (!checked.isApplicable() || checked.handovers().isEmpty()) {
			throw new BusinessRuleViolation("reorganisation.hasProblems", checked.problems().size());
		}
		List<SuccessionEffect> effects = reorganiser.preview(checked.ending(), checked.disableAccountsOf());
		reorganiser.apply(id, plan.getEffectiveOn(), checked.creations(), checked.handovers());
		plan.applied(user.username(), clock.instant(), summary(checked, effects));
		return plan;
	}

	private static String summary(CheckedPlan checked, List<SuccessionEffect> effects) {
		String moved = effects.stream()
			.map(effect -> effect.messageKey() + "=" + effect.count())
			.collect(Collectors.joining(", "));
		return ("units.ended=" + checked.handovers().size() + ", units.created=" + checked.creations().size()
				+ (moved.isEmpty() ? "" : ", " + moved));
	}

	private List<SuccessionRow> successions(long id) {
		return units.successionsOf(id);
	}

	private static List<PlanCheck.Line> lines(List<Operation> ops) {
		return ops.stream().map(op -> new PlanCheck.Line(op.getPosition(), op.draft())).toList();
	}

	private UnitRow scope(Reorganisation plan) {
		return units.get(plan.getScopeUnitId());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * A change of operations is a change of the plan: its version moves, so a form opened
	 * before it is stale.
	 */
	private void touch(Reorganisation plan) {
		entityManager.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	private Reorganisation visible(long id, CurrentUser user) {
		return reorganisations.findById(id)
			.filter(plan -> units.isWithin(plan.getScopeUnitId(), user.unitId()))
			.orElseThrow(() -> new NotFoundException("reorganisation", id));
	}

	private Reorganisation editable(long id, long version, CurrentUser user) {
		Reorganisation plan = visible(id, user);
		StaleEditException.check("reorganisation", id, version, plan.getVersion());
		plan.requireDraft();
		return plan;
	}

}
