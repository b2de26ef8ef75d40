package vn.thidua.report.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.document.DraftFile;
import vn.thidua.movement.MovementQueries;
import vn.thidua.report.Half;
import vn.thidua.report.Narrative;
import vn.thidua.report.Narratives;
import vn.thidua.report.ReportDrafts;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;
import vn.thidua.shared.web.Forms;

/**
 * Generated narratives for a unit over a year or half-year, or for a movement, shown in
 * an editable text area; the edited text is what the PDF holds.
 */
@Controller
class NarrativeController {

	private final Narratives narratives;

	private final MovementQueries movements;

	private final ReportChoice choice;

	private final Clock clock;

	private final ReportDrafts drafts;

	NarrativeController(Narratives narratives, MovementQueries movements, ReportChoice choice, Clock clock,
			ReportDrafts drafts) {
		this.drafts = drafts;
		this.narratives = narratives;
		this.movements = movements;
		this.choice = choice;
		this.clock = clock;
	}

	@GetMapping("/reports/narrative")
	String show(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(required = false) @Nullable Half half,
			@RequestParam(required = false) @Nullable Long movement, CurrentUser user, Model model) {
		ReportChoice.Chosen chosen = choice.resolve(unit, year, half, user, model);
		int shown = chosen.period().fromYear();
		Narrative narrative = movement != null ? narratives.forMovement(movement, shown, user)
				: narratives.forUnit(chosen.unitId(), chosen.period(), user);
		model.addAttribute("movement", movement);
		model.addAttribute("movements", movements.running(user.unitId(), LocalDate.of(shown, 1, 1),
				LocalDate.of(shown, 12, 31), StatisticsController.CHOICES));
		model.addAttribute("narrative", NarrativeForm.of(narrative.unitId(), narrative.title(), narrative.text()));
		model.addAttribute("signature", narratives.signature(narrative.unitId()));
		return "reports/narrative";
	}

	/**
	 * The edited narrative as PDF; invalid text shows the page again with the problems.
	 * Returns no view when the document was written to the response.
	 */
	@PostMapping("/reports/narrative.{format:pdf|docx}")
	@Nullable String download(@PathVariable String format, @Valid @ModelAttribute("narrative") NarrativeForm form,
			BindingResult result, CurrentUser user, Model model, HttpServletResponse response) throws IOException {
		Forms.requireBound(result);
		if (result.hasErrors()) {
			model.addAttribute("halves", Half.values());
			model.addAttribute("year", LocalDate.now(clock).getYear());
			model.addAttribute("half", Half.YEAR);
			model.addAttribute("movements", List.of());
			return "reports/narrative";
		}
		if ("docx".equals(format)) {
			DraftFile file = drafts.narrative(form.unit(), form.title(), form.text(), user);
			Downloads.start(response, file.name(), Downloads.DOCX);
			file.content().writeTo(response.getOutputStream());
			return null;
		}
		PdfFile file = narratives.pdf(form.unit(), form.title(), form.text(), user);
		Downloads.start(response, file.name(), MediaType.APPLICATION_PDF);
		file.content().writeTo(response.getOutputStream());
		return null;
	}

}
