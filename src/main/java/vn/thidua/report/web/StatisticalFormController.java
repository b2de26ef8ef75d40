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

import vn.thidua.report.FilledForm;
import vn.thidua.report.Half;
import vn.thidua.report.StatisticalFormDocuments;
import vn.thidua.report.StatisticalFormReports;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;

/**
 * The statistical forms of emulation and commendation the Ministry of Home Affairs
 * prescribes: choose a form, a unit, a year and a period, see it filled with the rows it
 * cannot fill named, and download it as .xlsx or .docx.
 */
@Controller
class StatisticalFormController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final StatisticalFormReports reports;

	private final StatisticalFormDocuments documents;

	private final ReportChoice choice;

	StatisticalFormController(StatisticalFormReports reports, StatisticalFormDocuments documents, ReportChoice choice) {
		this.reports = reports;
		this.documents = documents;
		this.choice = choice;
	}

	@GetMapping("/reports/forms")
	String show(@RequestParam(defaultValue = "0602") String form, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(required = false) @Nullable Half half, CurrentUser user, Model model) {
		model.addAttribute("f", fill(form, unit, year, half, user, model));
		model.addAttribute("forms", reports.forms());
		model.addAttribute("notHeld", StatisticalFormDocuments.NOT_HELD);
		return "reports/forms";
	}

	/**
	 * The form as .xlsx or .docx, written on the request thread while it is sent.
	 */
	@GetMapping("/reports/forms/export.{format:xlsx|docx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "0602") String form,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(required = false) @Nullable Half half, CurrentUser user, HttpServletResponse response)
			throws IOException {
		FilledForm filled = fill(form, unit, year, half, user, new ExtendedModelMap());
		boolean word = "docx".equals(format);
		Downloads.start(response, documents.fileName(filled, format), word ? DOCX : XLSX);
		if (word) {
			documents.docx(filled, response.getOutputStream());
		}
		else {
			documents.xlsx(filled, response.getOutputStream());
		}
	}

	private FilledForm fill(String form, @Nullable String unit, @Nullable Integer year, @Nullable Half half,
			CurrentUser user, Model model) {
		ReportChoice.Chosen chosen = choice.resolve(unit, year, half == null ? Half.STATISTICAL_YEAR : half, user,
				model);
		return reports.fill(form, chosen.unitId(), chosen.period(), user);
	}

}
