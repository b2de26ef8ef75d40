package vn.thidua.report.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.award.AwardKind;
import vn.thidua.report.Half;
import vn.thidua.report.ReportPeriod;
import vn.thidua.report.StatutoryDocuments;
import vn.thidua.report.StatutoryReport;
import vn.thidua.report.StatutoryReports;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;
import vn.thidua.unit.UnitCatalog;

/**
 * The yearly and half-year statistical report of emulation and commendation, on screen
 * and as .xlsx and PDF.
 */
@Controller
class StatutoryController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final StatutoryReports reports;

	private final StatutoryDocuments documents;

	private final UnitCatalog units;

	private final Clock clock;

	StatutoryController(StatutoryReports reports, StatutoryDocuments documents, UnitCatalog units, Clock clock) {
		this.reports = reports;
		this.documents = documents;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/reports/statutory")
	String show(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(required = false) @Nullable Half half, CurrentUser user, Model model) {
		StatutoryReport report = report(unit, year, half, user);
		model.addAttribute("r", report);
		model.addAttribute("unit", report.unit().code());
		model.addAttribute("year", report.period().fromYear());
		model.addAttribute("half", report.period().half());
		model.addAttribute("halves", Half.values());
		model.addAttribute("kinds", AwardKind.values());
		return "reports/statutory";
	}

	/**
	 * The report as .xlsx or PDF, written on the request thread while it is sent.
	 */
	@GetMapping("/reports/statutory/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(required = false) @Nullable Half half, CurrentUser user, HttpServletResponse response)
			throws IOException {
		StatutoryReport report = report(unit, year, half, user);
		boolean pdf = "pdf".equals(format);
		Downloads.start(response, documents.fileName(report, format), pdf ? MediaType.APPLICATION_PDF : XLSX);
		if (pdf) {
			documents.pdf(report, response.getOutputStream());
		}
		else {
			documents.xlsx(report, response.getOutputStream());
		}
	}

	private StatutoryReport report(@Nullable String unit, @Nullable Integer year, @Nullable Half half,
			CurrentUser user) {
		String code = unit == null || unit.isBlank() ? units.get(user.unitId()).code() : unit.strip();
		long unitId = units.findActiveByCode(code).orElseThrow(() -> new NotFoundException("unit", code)).id();
		return reports.report(unitId,
				ReportPeriod.of(year == null ? LocalDate.now(clock).getYear() : year, half == null ? Half.YEAR : half),
				user);
	}

}
