package vn.thidua.report.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.award.AwardKind;
import vn.thidua.report.Half;
import vn.thidua.document.DraftFile;
import vn.thidua.report.ReportDrafts;
import vn.thidua.report.StatutoryDocuments;
import vn.thidua.report.StatutoryReport;
import vn.thidua.report.StatutoryReports;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;

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

	private final ReportChoice choice;

	private final ReportDrafts drafts;

	StatutoryController(StatutoryReports reports, StatutoryDocuments documents, ReportChoice choice,
			ReportDrafts drafts) {
		this.drafts = drafts;
		this.reports = reports;
		this.documents = documents;
		this.choice = choice;
	}

	@GetMapping("/reports/statutory")
	String show(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(required = false) @Nullable Half half, CurrentUser user, Model model) {
		StatutoryReport report = report(unit, year, half, user, model);
		model.addAttribute("r", report);
		model.addAttribute("kinds", AwardKind.values());
		return "reports/statutory";
	}

	/**
	 * The report as .xlsx or PDF, written on the request thread while it is sent.
	 */
	@GetMapping("/reports/statutory/export.{format:xlsx|pdf|docx}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(required = false) @Nullable Half half, CurrentUser user, HttpServletResponse response)
			throws IOException {
		StatutoryReport report = report(unit, year, half, user, new ExtendedModelMap());
		if ("docx".equals(format)) {
			DraftFile file = drafts.statistical(report);
			Downloads.start(response, file.name(), Downloads.DOCX);
			file.content().writeTo(response.getOutputStream());
			return;
		}
		boolean pdf = "pdf".equals(format);
		Downloads.start(response, documents.fileName(report, format), pdf ? MediaType.APPLICATION_PDF : XLSX);
		if (pdf) {
			documents.pdf(report, response.getOutputStream());
		}
		else {
			documents.xlsx(report, response.getOutputStream());
		}
	}

	private StatutoryReport report(@Nullable String unit, @Nullable Integer year, @Nullable Half half, CurrentUser user,
			Model model) {
		ReportChoice.Chosen chosen = choice.resolve(unit, year, half, user, model);
		return reports.report(chosen.unitId(), chosen.period(), user);
	}

}
