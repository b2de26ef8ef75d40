package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.attachment.AttachmentInfo;
import vn.thidua.attachment.AttachmentStore;
import vn.thidua.attachment.FileType;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;

/**
 * Pledges and progress reports: a unit pledges and reports for itself only; the
 * movement's lead officers accept or return reports. Attainment is fixed at acceptance
 * against the unit's plan for the year.
 */
@Service
@Transactional
public class ProgressReporting {

	private final Movements movements;

	private final Pledges pledges;

	private final ProgressReports reports;

	private final MovementAccess access;

	private static final Set<FileType> EVIDENCE = Set.of(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.PNG,
			FileType.JPEG);

	private final AttachmentStore documents;

	private final Clock clock;

	ProgressReporting(Movements movements, Pledges pledges, ProgressReports reports, MovementAccess access,
			AttachmentStore documents, Clock clock) {
		this.documents = documents;
		this.movements = movements;
		this.pledges = pledges;
		this.reports = reports;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PledgeLine> pledgeSheet(long movementId, long unitId, int year, CurrentUser user) {
		Movement movement = readable(movementId, unitId, user);
		requireYear(movement, year);
		Map<Long, Pledge> pledged = pledgesOf(movementId, unitId, year);
		return movement.getTargets().stream().filter(Target::isQuantitative).map(target -> {
			Pledge pledge = pledged.get(target.getId());
			return new PledgeLine(target, pledge == null ? null : pledge.getPlanValue(),
					pledge == null ? null : pledge.getVersion());
		}).toList();
	}

	/**
	 * Saves a unit's plan values for a year. A version from the sheet that no longer
	 * matches means someone else saved in between: nothing is saved.
	 */
	public void savePledges(long movementId, long unitId, int year, Map<Long, BigDecimal> plans,
			Map<Long, Long> versions, CurrentUser user) {
		Movement movement = reportable(movementId, unitId, user);
		requireYear(movement, year);
		List<EntryProblem> problems = new ArrayList<>();
		plans.forEach((targetId, plan) -> checkValue(movement.target(targetId), plan, problems));
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation("pledge.invalid");
		}
		Map<Long, Pledge> pledged = pledgesOf(movementId, unitId, year);
		plans.forEach((targetId, plan) -> {
			Pledge pledge = pledged.get(targetId);
			if (pledge == null) {
				if (versions.get(targetId) != null) {
					throw new StaleEditException("pledge", targetId);
				}
				pledges.save(new Pledge(movementId, targetId, unitId, year, plan));
			}
			else {
				StaleEditException.check("pledge", targetId, versions.get(targetId), pledge.getVersion());
				pledge.change(plan);
			}
		});
		pledges.flush();
		Map<Long, BigDecimal> effective = plans(movement, unitId, year);
		reports.findByMovementIdAndUnitIdAndYear(movementId, unitId, year)
			.forEach(report -> report.reassess(movement, effective));
	}

	/**
	 * The problems of a report's values, one per target at most; empty when it can be
	 * submitted.
	 */
	public List<EntryProblem> check(Movement movement, List<ProgressEntry> entries) {
		Map<Long, ProgressEntry> byTarget = entries.stream()
			.collect(Collectors.toMap(ProgressEntry::targetId, Function.identity(), (a, b) -> a));
		List<EntryProblem> problems = new ArrayList<>();
		for (Target target : movement.getTargets()) {
			ProgressEntry entry = byTarget.get(target.getId());
			if (target.isQuantitative() && (entry == null || entry.actual() == null)) {
				problems.add(new EntryProblem(target.getId(), "report.value.required"));
			}
			else if (!target.isQuantitative() && (entry == null || entry.achieved() == null)) {
				problems.add(new EntryProblem(target.getId(), "report.achieved.required"));
			}
			else if (target.isQuantitative()) {
				checkValue(target, entry.actual(), problems);
			}
		}
		return problems;
	}

	public ProgressReport submit(long movementId, long unitId, int year, Period period, List<ProgressEntry> entries,
			@Nullable Long version, CurrentUser user) {
		Movement movement = reportable(movementId, unitId, user);
		requireYear(movement, year);
		if (!movement.getReporting().periods().contains(period) || period.start(year).isAfter(LocalDate.now(clock))
				|| period.end(year).isBefore(movement.getStartDate())) {
			throw new BusinessRuleViolation("report.period.notOpen");
		}
		if (!check(movement, entries).isEmpty()) {
			throw new BusinessRuleViolation("report.invalid");
		}
		Optional<ProgressReport> existing = reports.findByMovementIdAndUnitIdAndYearAndPeriod(movementId, unitId, year,
				period);
		existing.ifPresent(report -> StaleEditException.check("report", report.getId(), version, report.getVersion()));
		if (existing.isEmpty() && version != null) {
			throw new StaleEditException("report", movementId);
		}
		ProgressReport report = existing.orElseGet(() -> new ProgressReport(movementId, unitId, year, period));
		report.submit(entries, user.username(), clock.instant());
		return reports.saveAndFlush(report);
	}

	/**
	 * Attaches an evidence file (PDF, DOCX, XLSX or an image) to a report the unit may
	 * still change.
	 */
	public ProgressReport addEvidence(long reportId, MultipartFile file, CurrentUser user) {
		ProgressReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
		reportable(report.getMovementId(), report.getUnitId(), user);
		report.addEvidence(documents.store(file, EVIDENCE, user).id());
		return report;
	}

	/**
	 * An evidence file of a report, as a download, for those who may read the report.
	 */
	@Transactional(readOnly = true)
	public ResponseEntity<StreamingResponseBody> evidence(long reportId, long attachmentId, CurrentUser user) {
		ProgressReport report = report(reportId, user);
		if (!report.getEvidence().contains(attachmentId)) {
			throw new NotFoundException("attachment", attachmentId);
		}
		return documents.download(attachmentId);
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> evidenceOf(ProgressReport report) {
		return documents.infos(report.getEvidence());
	}

	public ProgressReport accept(long reportId, long version, CurrentUser user) {
		ProgressReport report = reviewable(reportId, version, user);
		Movement movement = movements.findById(report.getMovementId()).orElseThrow();
		report.accept(movement, plans(movement, report.getUnitId(), report.getYear()), user.username(),
				clock.instant());
		return report;
	}

	public ProgressReport giveBack(long reportId, long version, @Nullable String comment, CurrentUser user) {
		ProgressReport report = reviewable(reportId, version, user);
		if (comment == null || comment.isBlank() || comment.length() > 2000) {
			throw new BusinessRuleViolation("report.comment.required");
		}
		report.giveBack(comment, user.username(), clock.instant());
		return report;
	}

	@Transactional(readOnly = true)
	public ProgressReport report(long reportId, CurrentUser user) {
		ProgressReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
		readable(report.getMovementId(), report.getUnitId(), user);
		return report.loaded();
	}

	@Transactional(readOnly = true)
	public Optional<ProgressReport> findReport(long movementId, long unitId, int year, Period period,
			CurrentUser user) {
		readable(movementId, unitId, user);
		return reports.findByMovementIdAndUnitIdAndYearAndPeriod(movementId, unitId, year, period)
			.map(ProgressReport::loaded);
	}

	/**
	 * The unit's plan per quantitative target for a year: its pledge, else the movement's
	 * value.
	 */
	Map<Long, BigDecimal> plans(Movement movement, long unitId, int year) {
		Map<Long, Pledge> pledged = pledgesOf(movement.getId(), unitId, year);
		Map<Long, BigDecimal> plans = new HashMap<>();
		for (Target target : movement.getTargets()) {
			Pledge pledge = pledged.get(target.getId());
			BigDecimal plan = pledge != null ? pledge.getPlanValue() : target.getPlanValue();
			if (plan != null) {
				plans.put(target.getId(), plan);
			}
		}
		return plans;
	}

	private Map<Long, Pledge> pledgesOf(long movementId, long unitId, int year) {
		return pledges.findByMovementIdAndUnitIdAndYear(movementId, unitId, year)
			.stream()
			.collect(Collectors.toMap(Pledge::getTargetId, Function.identity()));
	}

	private static void checkValue(Target target, BigDecimal value, List<EntryProblem> problems) {
		try {
			target.check(value);
		}
		catch (BusinessRuleViolation violation) {
			problems.add(new EntryProblem(target.getId(), violation.messageKey(), violation.args()));
		}
	}

	private Movement readable(long movementId, long unitId, CurrentUser user) {
		Movement movement = movements.findById(movementId)
			.orElseThrow(() -> new NotFoundException("movement", movementId));
		if (!access.canSee(movement, user) || !access.canReadUnit(movement, unitId, user)) {
			throw new NotFoundException("unit", unitId);
		}
		return movement;
	}

	private Movement reportable(long movementId, long unitId, CurrentUser user) {
		movements.holdShared(movementId);
		Movement movement = readable(movementId, unitId, user);
		if (!access.canReportFor(movement, unitId, user)) {
			throw new AccessDeniedException("Units report for themselves only");
		}
		if (!movement.getStatus().acceptsProgress()) {
			throw new BusinessRuleViolation("report.movementNotRunning");
		}
		return movement;
	}

	private ProgressReport reviewable(long reportId, long version, CurrentUser user) {
		ProgressReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
		Movement movement = movements.findById(report.getMovementId()).orElseThrow();
		access.requireVisible(movement, user);
		if (!access.canReview(movement, user)) {
			throw new AccessDeniedException("Only the lead unit reviews reports");
		}
		StaleEditException.check("report", reportId, version, report.getVersion());
		return report;
	}

	private static void requireYear(Movement movement, int year) {
		if (!movement.covers(year)) {
			throw new BusinessRuleViolation("movement.year.outside", year);
		}
	}

}
