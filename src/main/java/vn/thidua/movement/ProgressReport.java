package vn.thidua.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * A unit's progress report for one period of one year: submitted by the unit, then
 * accepted or returned with a comment by the movement's lead officer.
 */
@Entity
public class ProgressReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long movementId;

	private long unitId;

	private int year;

	@Enumerated(EnumType.STRING)
	private Period period;

	private LocalDate periodEnd;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private String submittedBy;

	private Instant submittedAt;

	private @Nullable String reviewedBy;

	private @Nullable Instant reviewedAt;

	private @Nullable String reviewComment;

	private @Nullable BigDecimal score;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "report_id", nullable = false)
	private List<ProgressValue> values = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "progress_evidence", joinColumns = @JoinColumn(name = "report_id"))
	@Column(name = "attachment_id")
	private Set<Long> evidence = new HashSet<>();

	@Version
	@Column(nullable = false)
	private Long version;

	protected ProgressReport() {
	}

	ProgressReport(long movementId, long unitId, int year, Period period) {
		this.movementId = movementId;
		this.unitId = unitId;
		this.year = year;
		this.period = period;
		this.periodEnd = period.end(year);
	}

	void submit(List<ProgressEntry> entries, String user, Instant now) {
		if (status != null && !status.isEditableByUnit()) {
			throw new BusinessRuleViolation("report.alreadyAccepted");
		}
		Map<Long, ProgressValue> byTarget = values.stream()
			.collect(Collectors.toMap(ProgressValue::getTargetId, Function.identity()));
		for (ProgressEntry entry : entries) {
			ProgressValue value = byTarget.get(entry.targetId());
			if (value == null) {
				values.add(new ProgressValue(entry));
			}
			else {
				value.record(entry);
			}
		}
		this.status = ReportStatus.SUBMITTED;
		this.submittedBy = user;
		this.submittedAt = now;
	}

	void addEvidence(long attachmentId) {
		if (!status.isEditableByUnit()) {
			throw new BusinessRuleViolation("report.alreadyAccepted");
		}
		evidence.add(attachmentId);
	}

	void accept(Movement movement, Map<Long, BigDecimal> plans, String user, Instant now) {
		requireSubmitted();
		assess(movement, plans);
		review(ReportStatus.ACCEPTED, null, user, now);
	}

	void giveBack(String comment, String user, Instant now) {
		requireSubmitted();
		review(ReportStatus.RETURNED, comment, user, now);
	}

	/**
	 * Reassesses an accepted report after the unit's plan changed.
	 */
	void reassess(Movement movement, Map<Long, BigDecimal> plans) {
		if (status == ReportStatus.ACCEPTED) {
			assess(movement, plans);
		}
	}

	/**
	 * Fixes each value's attainment against the plan, and the unit's completion: the
	 * weighted average over all targets, each counted at most 100 %.
	 */
	private void assess(Movement movement, Map<Long, BigDecimal> plans) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		Map<Long, ProgressValue> byTarget = values.stream()
			.collect(Collectors.toMap(ProgressValue::getTargetId, Function.identity()));
		for (Target target : movement.getTargets()) {
			ProgressValue value = byTarget.get(target.getId());
			if (value != null) {
				value.assess(target, plans.get(target.getId()));
				weighted = weighted.add(Attainment.contribution(value.getAttainment()).multiply(target.getWeight()));
			}
			weights = weights.add(target.getWeight());
		}
		this.score = weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
	}

	private void requireSubmitted() {
		if (status != ReportStatus.SUBMITTED) {
			throw new BusinessRuleViolation("report.notSubmitted");
		}
	}

	private void review(ReportStatus outcome, @Nullable String comment, String user, Instant now) {
		this.status = outcome;
		this.reviewComment = comment;
		this.reviewedBy = user;
		this.reviewedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getMovementId() {
		return movementId;
	}

	public long getUnitId() {
		return unitId;
	}

	public int getYear() {
		return year;
	}

	public Period getPeriod() {
		return period;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public @Nullable String getReviewedBy() {
		return reviewedBy;
	}

	public @Nullable String getReviewComment() {
		return reviewComment;
	}

	public @Nullable BigDecimal getScore() {
		return score;
	}

	/**
	 * This report with its values and evidence read, for use outside the transaction.
	 */
	ProgressReport loaded() {
		Hibernate.initialize(values);
		Hibernate.initialize(evidence);
		return this;
	}

	public List<ProgressValue> getValues() {
		return List.copyOf(values);
	}

	public Set<Long> getEvidence() {
		return Set.copyOf(evidence);
	}

	public Long getVersion() {
		return version;
	}

}
