package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * An emulation movement (phong trào thi đua): launched by a unit on a plan document, for
 * a period, led by one unit, with targets that participating units pledge and report on.
 */
@Entity
public class Movement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String searchText;

	private long launchingUnitId;

	private String authority;

	private @Nullable Long parentId;

	@Enumerated(EnumType.STRING)
	private MovementKind kind;

	private @Nullable String planNumber;

	private @Nullable LocalDate planDate;

	private @Nullable Long planAttachmentId;

	private LocalDate startDate;

	private LocalDate endDate;

	private long leadUnitId;

	private @Nullable Long standingUnitId;

	private @Nullable String content;

	private @Nullable String goals;

	@Enumerated(EnumType.STRING)
	private ReportingFrequency reporting;

	private int reportDueDays;

	private @Nullable LocalDate registrationDeadline;

	@Enumerated(EnumType.STRING)
	private MovementStatus status;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "movement_id", nullable = false)
	@OrderBy("sortOrder")
	private List<Target> targets = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "movement_id", nullable = false)
	@OrderBy("takenOn")
	private List<MovementStep> steps = new ArrayList<>();

	@Version
	@Column(nullable = false)
	private Long version;

	protected Movement() {
	}

	Movement(MovementDraft draft) {
		this.status = MovementStatus.DRAFT;
		define(draft);
		describe(draft);
	}

	void update(MovementDraft draft) {
		if (!status.allowsDetailChanges()) {
			throw new BusinessRuleViolation("movement.locked");
		}
		if (!draft.sameDefinitionAs(this)) {
			if (!status.allowsDefinitionChanges()) {
				throw new BusinessRuleViolation("movement.definitionFrozen");
			}
			define(draft);
		}
		describe(draft);
	}

	private void define(MovementDraft draft) {
		this.code = draft.code();
		this.launchingUnitId = draft.launchingUnitId();
		this.authority = draft.authority();
		this.parentId = draft.parentId();
		this.kind = draft.kind();
		this.planNumber = draft.planNumber();
		this.planDate = draft.planDate();
		this.startDate = draft.startDate();
		this.reporting = draft.reporting();
		this.reportDueDays = draft.reportDueDays();
	}

	private void describe(MovementDraft draft) {
		if (draft.endDate().isBefore(startDate)) {
			throw new BusinessRuleViolation("movement.endBeforeStart");
		}
		if (draft.registrationDeadline() != null && draft.registrationDeadline().isAfter(draft.endDate())) {
			throw new BusinessRuleViolation("movement.registrationAfterEnd");
		}
		this.name = draft.name();
		this.endDate = draft.endDate();
		this.leadUnitId = draft.leadUnitId();
		this.standingUnitId = draft.standingUnitId();
		this.content = draft.content();
		this.goals = draft.goals();
		this.registrationDeadline = draft.registrationDeadline();
		this.searchText = Diacritics.fold(draft.name() + " " + code + " " + (planNumber == null ? "" : planNumber));
	}

	/**
	 * This movement with its targets and steps read, for use outside the transaction.
	 */
	Movement loaded() {
		Hibernate.initialize(targets);
		Hibernate.initialize(steps);
		return this;
	}

	void attachPlan(long attachmentId) {
		if (!status.allowsDefinitionChanges()) {
			throw new BusinessRuleViolation("movement.definitionFrozen");
		}
		this.planAttachmentId = attachmentId;
	}

	/**
	 * Takes the next step of the movement's life, dated no earlier than the previous one.
	 */
	void advance(MovementStatus next, StepRecord step, String user, Instant now) {
		if (!status.canMoveTo(next)) {
			throw new BusinessRuleViolation("movement.step.notAllowed");
		}
		if (next == MovementStatus.LAUNCHED && targets.isEmpty()) {
			throw new BusinessRuleViolation("movement.launch.noTargets");
		}
		if (next.needsDocument() && (step.documentNumber() == null || step.documentNumber().isBlank())) {
			throw new BusinessRuleViolation("movement.step.documentRequired");
		}
		LocalDate earliest = next == MovementStatus.LAUNCHED ? planDate
				: lastStep().map(MovementStep::getTakenOn).orElse(null);
		if (earliest != null && step.takenOn().isBefore(earliest)) {
			throw new BusinessRuleViolation("movement.step.beforePrevious", VietnameseDateFormatter.format(earliest));
		}
		steps.add(new MovementStep(next, step, user, now));
		this.status = next;
	}

	/**
	 * The files attached to the movement: its plan and its steps' documents.
	 */
	public Set<Long> documentIds() {
		Set<Long> ids = new HashSet<>();
		if (planAttachmentId != null) {
			ids.add(planAttachmentId);
		}
		steps.stream().map(MovementStep::getAttachmentId).filter(Objects::nonNull).forEach(ids::add);
		return ids;
	}

	private Optional<MovementStep> lastStep() {
		return steps.stream().max(Comparator.comparing(MovementStep::getTakenOn));
	}

	Target addTarget(TargetDefinition definition) {
		requireDefinitionChanges();
		Target target = new Target(targets.size() + 1, definition);
		targets.add(target);
		return target;
	}

	void changeTarget(long targetId, TargetDefinition definition) {
		requireDefinitionChanges();
		target(targetId).define(definition);
	}

	void removeTarget(long targetId) {
		requireDefinitionChanges();
		targets.remove(target(targetId));
		IntStream.range(0, targets.size()).forEach(i -> targets.get(i).reorder(i + 1));
	}

	public Target target(long targetId) {
		return targets.stream()
			.filter(target -> target.getId() == targetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("target", targetId));
	}

	private void requireDefinitionChanges() {
		if (!status.allowsDefinitionChanges()) {
			throw new BusinessRuleViolation("movement.targetsFrozen");
		}
	}

	/**
	 * Whether a unit may register itself today.
	 */
	public boolean isRegistrationOpen(LocalDate today) {
		return status == MovementStatus.LAUNCHED && registrationDeadline != null
				&& !today.isAfter(registrationDeadline);
	}

	/**
	 * The years the movement runs through, for pledges and reports.
	 */
	public List<Integer> years() {
		return IntStream.rangeClosed(startDate.getYear(), endDate.getYear()).boxed().toList();
	}

	public boolean covers(int year) {
		return year >= startDate.getYear() && year <= endDate.getYear();
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public long getLaunchingUnitId() {
		return launchingUnitId;
	}

	public String getAuthority() {
		return authority;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	public MovementKind getKind() {
		return kind;
	}

	public @Nullable String getPlanNumber() {
		return planNumber;
	}

	public @Nullable LocalDate getPlanDate() {
		return planDate;
	}

	public @Nullable Long getPlanAttachmentId() {
		return planAttachmentId;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public long getLeadUnitId() {
		return leadUnitId;
	}

	public @Nullable Long getStandingUnitId() {
		return standingUnitId;
	}

	public @Nullable String getContent() {
		return content;
	}

	public @Nullable String getGoals() {
		return goals;
	}

	public ReportingFrequency getReporting() {
		return reporting;
	}

	public int getReportDueDays() {
		return reportDueDays;
	}

	public @Nullable LocalDate getRegistrationDeadline() {
		return registrationDeadline;
	}

	public MovementStatus getStatus() {
		return status;
	}

	public List<Target> getTargets() {
		return Collections.unmodifiableList(targets);
	}

	public List<MovementStep> getSteps() {
		return Collections.unmodifiableList(steps);
	}

	public Long getVersion() {
		return version;
	}

}
