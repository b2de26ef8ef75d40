package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.movement.DuePeriod;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.Period;
import vn.thidua.movement.PledgeLine;
import vn.thidua.movement.ProgressEntry;
import vn.thidua.movement.ProgressReport;
import vn.thidua.movement.ProgressReporting;
import vn.thidua.movement.ReportRow;
import vn.thidua.movement.ReportStatus;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.UnitNames;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.unit.UnitCatalog;

/**
 * Pledges and progress reports of one unit, and their review by the lead unit. Values are
 * typed the Vietnamese way and kept as typed when a form comes back with errors.
 */
@Controller
@RequestMapping("/movements/{id}")
class ReportController {

	private final MovementManagement management;

	private final ProgressReporting reporting;

	private final MovementQueries queries;

	private final UnitCatalog units;

	private final Clock clock;

	ReportController(MovementManagement management, ProgressReporting reporting, MovementQueries queries,
			UnitCatalog units, Clock clock) {
		this.management = management;
		this.reporting = reporting;
		this.queries = queries;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/units/{unitId}/pledges")
	String pledges(@PathVariable long id, @PathVariable long unitId,
			@RequestParam(required = false) @Nullable Integer year, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		int shown = DashboardController.yearOf(movement, year, LocalDate.now(clock));
		List<PledgeLine> lines = reporting.pledgeSheet(id, unitId, shown, user);
		model.addAttribute("pledgeForm", PledgeForm.of(lines));
		return pledgePage(movement, unitId, shown, lines, user, model);
	}

	/**
	 * Saves a unit's pledges, all of them or none: a plan that cannot be read, has more
	 * digits than a value keeps or that its target refuses comes back next to its field.
	 */
	@PostMapping("/units/{unitId}/pledges")
	String savePledges(@PathVariable long id, @PathVariable long unitId, @RequestParam int year,
			@Valid PledgeForm pledgeForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		Movement movement = management.show(id, user);
		List<PledgeLine> lines = reporting.pledgeSheet(id, unitId, year, user);
		Map<Long, BigDecimal> plans = pledgeForm.plans(lines, result);
		if (!result.hasErrors()) {
			try {
				reporting.savePledges(id, unitId, year, plans, pledgeForm.versions(), user);
				Flash.success(redirect, "pledge.saved", year);
				return "redirect:/movements/" + id + "/units/" + unitId + "/pledges?year=" + year;
			}
			catch (BusinessRuleViolation violation) {
				model.addAttribute("formError", violation);
			}
		}
		return pledgePage(movement, unitId, year, lines, user, model);
	}

	@GetMapping("/units/{unitId}/reports")
	String unitReports(@PathVariable long id, @PathVariable long unitId,
			@RequestParam(required = false) @Nullable Integer year, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		int shown = DashboardController.yearOf(movement, year, LocalDate.now(clock));
		reporting.pledgeSheet(id, unitId, shown, user);
		model.addAttribute("movement", movement);
		model.addAttribute("unit", units.get(unitId));
		model.addAttribute("year", shown);
		model.addAttribute("periods",
				DuePeriodView.of(movement, shown, queries.unitReports(id, unitId, shown), LocalDate.now(clock)));
		model.addAttribute("canReport", management.rights(movement, user).report() && unitId == user.unitId());
		return "movements/unit-reports";
	}

	@GetMapping("/units/{unitId}/reports/{year}/{period}")
	String reportForm(@PathVariable long id, @PathVariable long unitId, @PathVariable int year,
			@PathVariable Period period, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		ProgressReport report = reporting.findReport(id, unitId, year, period, user).orElse(null);
		model.addAttribute("reportForm", ReportForm.of(movement, report));
		return reportPage(movement, unitId, year, period, report, user, model);
	}

	/**
	 * Submits a report, all of it or nothing: a value that cannot be read, a note over
	 * its limit or a value the rules refuse comes back next to its field, and nothing is
	 * stored.
	 */
	@PostMapping("/units/{unitId}/reports/{year}/{period}")
	String submitReport(@PathVariable long id, @PathVariable long unitId, @PathVariable int year,
			@PathVariable Period period, @Valid ReportForm reportForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		Movement movement = management.show(id, user);
		List<ProgressEntry> entries = reportForm.entries(movement, result);
		reportForm.reject(reporting.check(movement, entries), movement, result);
		if (result.hasErrors()) {
			model.addAttribute("errorCount", result.getErrorCount());
		}
		else {
			try {
				reporting.submit(id, unitId, year, period, entries, reportForm.version(), user);
				Flash.success(redirect, "report.submitted");
				return "redirect:/movements/" + id + "/units/" + unitId + "/reports?year=" + year;
			}
			catch (BusinessRuleViolation violation) {
				model.addAttribute("formError", violation);
			}
		}
		ProgressReport report = reporting.findReport(id, unitId, year, period, user).orElse(null);
		return reportPage(movement, unitId, year, period, report, user, model);
	}

	@PostMapping("/reports/{reportId}/evidence")
	String addEvidence(@PathVariable long id, @PathVariable long reportId, @RequestParam MultipartFile file,
			CurrentUser user, RedirectAttributes redirect) {
		ProgressReport report = reporting.report(reportId, user);
		Flash.attempt(redirect, "report.evidenceAdded", () -> reporting.addEvidence(reportId, file, user));
		return "redirect:/movements/" + id + "/units/" + report.getUnitId() + "/reports/" + report.getYear() + "/"
				+ report.getPeriod();
	}

	@GetMapping("/reports/{reportId}/evidence/{attachmentId}")
	ResponseEntity<StreamingResponseBody> evidence(@PathVariable long id, @PathVariable long reportId,
			@PathVariable long attachmentId, CurrentUser user) {
		return reporting.evidence(reportId, attachmentId, user);
	}

	@GetMapping("/reports")
	String reviewQueue(@PathVariable long id, @RequestParam(required = false) @Nullable ReportStatus status,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		if (!management.rights(movement, user).review()) {
			throw new AccessDeniedException("Reviewers only");
		}
		model.addAttribute("movement", movement);
		model.addAttribute("status", status);
		model.addAttribute("reportStatuses", ReportStatus.values());
		model.addAttribute("reports", queries.reports(id, status, PageRequest.of(Math.max(page, 0), 50)));
		return "movements/reports";
	}

	@PostMapping("/reports/{reportId}/accept")
	String accept(@PathVariable long id, @PathVariable long reportId, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		ProgressReport report = reporting.accept(reportId, version, user);
		Flash.success(redirect, "report.accepted",
				UnitNames.inSentence(units.get(report.getUnitId()).name(), LocaleContextHolder.getLocale()));
		return "redirect:/movements/" + id + "/reports?status=SUBMITTED";
	}

	@PostMapping("/reports/{reportId}/return")
	String giveBack(@PathVariable long id, @PathVariable long reportId, @RequestParam long version,
			@RequestParam(required = false) @Nullable String comment, CurrentUser user, RedirectAttributes redirect) {
		ProgressReport report = reporting.report(reportId, user);
		if (Flash.attempt(redirect, () -> {
			reporting.giveBack(reportId, version, comment, user);
			return Flash.message("report.returned",
					UnitNames.inSentence(units.get(report.getUnitId()).name(), LocaleContextHolder.getLocale()));
		})) {
			return "redirect:/movements/" + id + "/reports?status=SUBMITTED";
		}
		return "redirect:/movements/" + id + "/units/" + report.getUnitId() + "/reports/" + report.getYear() + "/"
				+ report.getPeriod();
	}

	private String pledgePage(Movement movement, long unitId, int year, List<PledgeLine> lines, CurrentUser user,
			Model model) {
		model.addAttribute("movement", movement);
		model.addAttribute("unit", units.get(unitId));
		model.addAttribute("year", year);
		model.addAttribute("lines", lines);
		model.addAttribute("canEdit", management.rights(movement, user).report() && unitId == user.unitId()
				&& movement.getStatus().acceptsProgress());
		return "movements/pledges";
	}

	private String reportPage(Movement movement, long unitId, int year, Period period, @Nullable ProgressReport report,
			CurrentUser user, Model model) {
		var rights = management.rights(movement, user);
		model.addAttribute("movement", movement);
		model.addAttribute("unit", units.get(unitId));
		model.addAttribute("year", year);
		model.addAttribute("period", period);
		model.addAttribute("report", report);
		model.addAttribute("evidence", report == null ? List.of() : reporting.evidenceOf(report));
		model.addAttribute("plans",
				reporting.pledgeSheet(movement.getId(), unitId, year, user)
					.stream()
					.collect(Collectors.toMap(line -> line.target().getId(), PledgeLine::effectivePlan)));
		model.addAttribute("canEdit",
				rights.report() && unitId == user.unitId() && movement.getStatus().acceptsProgress()
						&& (report == null || report.getStatus() != ReportStatus.ACCEPTED));
		model.addAttribute("canReview",
				rights.review() && report != null && report.getStatus() == ReportStatus.SUBMITTED);
		return "movements/report";
	}

	/**
	 * A reporting period as the unit's list shows it: due date, report and whether it is
	 * late.
	 */
	record DuePeriodView(DuePeriod due, @Nullable ReportRow report, boolean open, boolean overdue) {

		static List<DuePeriodView> of(Movement movement, int year, Map<Period, ReportRow> reports, LocalDate today) {
			return DuePeriod.of(movement, year).stream().map(due -> {
				var report = reports.get(due.period());
				boolean done = report != null && report.status() != ReportStatus.RETURNED;
				return new DuePeriodView(due, report, due.isOpen(today), !done && due.dueOn().isBefore(today));
			}).toList();
		}

	}

}
