package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

	/** The day of a step's recording is the office's day. */
	static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

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
		BusinessRuleViolation
			.throwIfAny(MovementDraft.dateProblems(startDate, draft.endDate(), draft.registrationDeadline()));
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
	 * Takes the next step of the movement's life after {@link #checkStep} passes; the
	 * office recording it may withdraw it the same day.
	 */
	void advance(MovementStatus next, StepRecord step, String user, long officeUnitId, Instant now, LocalDate today) {
		checkStep(next, step, today);
		steps.add(new MovementStep(next, step, user, officeUnitId, now));
		this.status = next;
	}

	/**
	 * The rules a step must meet, each refused with its own message:
	 * <ul>
	 * <li>it is one of the steps that may follow the current status (launch from a draft;
	 * then the mid-term review "sơ kết", which may be skipped; the final review "tổng
	 * kết"; the close);</li>
	 * <li>a launch needs at least one target; a review needs its document number;</li>
	 * <li>its date is not in the future: a step records what was done;</li>
	 * <li>it is not dated before the plan document (a launch) or before the step standing
	 * before it (a final review not before the mid-term review, a close not before the
	 * final review);</li>
	 * <li>a review is not dated before the movement's period starts; a launch and a
	 * mid-term review are not dated after the period ends (the final review may come
	 * after it).</li>
	 * </ul>
	 */
	public void checkStep(MovementStatus next, StepRecord step, LocalDate today) {
		if (!status.canMoveTo(next)) {
			throw new BusinessRuleViolation("movement.step.notAllowed");
		}
		if (next == MovementStatus.LAUNCHED && targets.isEmpty()) {
			throw new BusinessRuleViolation("movement.launch.noTargets");
		}
		if (next.needsDocument() && (step.documentNumber() == null || step.documentNumber().isBlank())) {
			throw new BusinessRuleViolation("movement.step.documentRequired");
		}
		LocalDate on = step.takenOn();
		if (on.isAfter(today)) {
			throw new BusinessRuleViolation("movement.step.future", VietnameseDateFormatter.format(today));
		}
		LocalDate previous = previousDate(next);
		if (previous != null && on.isBefore(previous)) {
			throw new BusinessRuleViolation("movement.step.beforePrevious", VietnameseDateFormatter.format(previous));
		}
		if (next.isReview() && on.isBefore(startDate)) {
			throw new BusinessRuleViolation("movement.step.beforeStart", VietnameseDateFormatter.format(startDate));
		}
		if (next.endsWithinPeriod() && on.isAfter(endDate)) {
			throw new BusinessRuleViolation("movement.step.afterEnd", VietnameseDateFormatter.format(endDate));
		}
	}

	/**
	 * The first date the step may carry (null when nothing bounds it).
	 */
	public @Nullable LocalDate earliestFor(MovementStatus next) {
		LocalDate earliest = previousDate(next);
		if (next.isReview() && (earliest == null || earliest.isBefore(startDate))) {
			earliest = startDate;
		}
		return earliest;
	}

	/**
	 * The last date the step may carry today.
	 */
	public LocalDate latestFor(MovementStatus next, LocalDate today) {
		return next.endsWithinPeriod() && endDate.isBefore(today) ? endDate : today;
	}

	/**
	 * Whether some date today satisfies the step's date rules (a mid-term review of a
	 * movement whose period starts next year does not).
	 */
	public boolean isDateable(MovementStatus next, LocalDate today) {
		LocalDate earliest = earliestFor(next);
		return earliest == null || !earliest.isAfter(latestFor(next, today));
	}

	private @Nullable LocalDate previousDate(MovementStatus next) {
		return next == MovementStatus.LAUNCHED ? planDate : lastStep().map(MovementStep::getTakenOn).orElse(null);
	}

	/**
	 * The step the office may withdraw now: the last standing one, if that office
	 * recorded it today (Vietnam time).
	 */
	public Optional<MovementStep> withdrawableBy(long officeUnitId, Instant now) {
		return latestStep().filter(step -> step.getRecordedByUnitId() != null
				&& step.getRecordedByUnitId() == officeUnitId && sameDay(step.getRecordedAt(), now));
	}

	/**
	 * Withdraws the last step, recorded by mistake: only the office that recorded it,
	 * only the day it recorded it (Vietnam time). The movement returns to the status
	 * before the step, with what that status allows (a withdrawn mid-term review
	 * unfreezes the participants). A launch is not withdrawn once units have reported
	 * progress.
	 */
	void withdrawLastStep(long officeUnitId, String user, Instant now, boolean hasProgress) {
		MovementStep last = latestStep().orElseThrow(() -> new BusinessRuleViolation("movement.withdraw.nothing"));
		if (last.getRecordedByUnitId() == null || last.getRecordedByUnitId() != officeUnitId) {
			throw new BusinessRuleViolation("movement.withdraw.otherOffice");
		}
		if (!sameDay(last.getRecordedAt(), now)) {
			throw new BusinessRuleViolation("movement.withdraw.notToday",
					VietnameseDateFormatter.format(LocalDate.ofInstant(last.getRecordedAt(), OFFICE_TIME)));
		}
		if (last.getStatus() == MovementStatus.LAUNCHED && hasProgress) {
			throw new BusinessRuleViolation("movement.withdraw.hasProgress");
		}
		last.withdraw(user, now);
		this.status = latestStep().map(MovementStep::getStatus).orElse(MovementStatus.DRAFT);
	}

	private static boolean sameDay(Instant recorded, Instant now) {
		return LocalDate.ofInstant(recorded, OFFICE_TIME).equals(LocalDate.ofInstant(now, OFFICE_TIME));
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
		return steps.stream().filter(MovementStep::isStanding).max(Comparator.comparing(MovementStep::getTakenOn));
	}

	/**
	 * The step taken last: statuses only move forward, so the latest standing status.
	 */
	private Optional<MovementStep> latestStep() {
		return steps.stream().filter(MovementStep::isStanding).max(Comparator.comparing(MovementStep::getStatus));
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

	/**
	 * The steps that stand, withdrawn ones left out.
	 */
	public List<MovementStep> getStandingSteps() {
		return steps.stream().filter(MovementStep::isStanding).toList();
	}

	public Long getVersion() {
		return version;
	}

}
