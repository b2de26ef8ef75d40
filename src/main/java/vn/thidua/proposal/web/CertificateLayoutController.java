package vn.thidua.proposal.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.proposal.CertificateField;
import vn.thidua.proposal.CertificateLayoutAdministration;
import vn.thidua.proposal.CertificateLayoutAdministration.LayoutView;
import vn.thidua.proposal.CertificateLayoutField.Alignment;
import vn.thidua.proposal.CertificateSheet.Orientation;
import vn.thidua.proposal.CertificateSheet.Paper;
import vn.thidua.proposal.InvalidLayout;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;
import vn.thidua.shared.web.Flash;

/**
 * The layouts a province prints its certificates with onto pre-printed blanks: the list
 * of award types, a form per type with one row per field, its calibration page and a
 * preview. The form's values travel as text ({@code x_NAME}, {@code size_SIGNER_NAME}…)
 * so that a bad one comes back as typed, with every problem at once.
 */
@Controller
@RequestMapping("/certificate-layouts")
class CertificateLayoutController {

	private final CertificateLayoutAdministration administration;

	private final MessageSource messages;

	CertificateLayoutController(CertificateLayoutAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String province, CurrentUser user, Model model) {
		model.addAttribute("overview", administration.overview(province, user).orElse(null));
		model.addAttribute("provinceCode", province);
		return "certificate-layouts/list";
	}

	@GetMapping("/{type}")
	String form(@PathVariable String type, @RequestParam(required = false) @Nullable String province, CurrentUser user,
			Model model) {
		LayoutView view = administration.view(type, province, user);
		return form(view, view.values(), Map.of(), model);
	}

	@PostMapping("/{type}")
	String save(@PathVariable String type, @RequestParam MultiValueMap<String, String> params, CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		String province = params.getFirst("province");
		Long version = version(params.getFirst("version"));
		Map<String, String> input = params.toSingleValueMap();
		LayoutView view = administration.view(type, province, user);
		try {
			administration.save(type, province, version, input, user);
			Flash.success(redirect, "certificateLayout.saved");
			redirect.addAttribute("type", type);
			if (province != null && !province.isBlank()) {
				redirect.addAttribute("province", province);
			}
			return "redirect:/certificate-layouts/{type}";
		}
		catch (InvalidLayout invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.problems()
				.forEach(problem -> errors.merge(problem.field() == null ? "" : problem.field(),
						messages.getMessage(problem.messageKey(), problem.args(), locale), (a, b) -> a + " " + b));
			model.addAttribute("formVersion", version);
			return form(view, input, errors, model);
		}
	}

	@GetMapping("/{type}/calibration.pdf")
	ResponseEntity<StreamingResponseBody> calibration(@PathVariable String type,
			@RequestParam(required = false) @Nullable String province, CurrentUser user) {
		return download(administration.calibration(type, province, user));
	}

	@GetMapping("/{type}/preview.pdf")
	ResponseEntity<StreamingResponseBody> preview(@PathVariable String type,
			@RequestParam(required = false) @Nullable String province, CurrentUser user) {
		return download(administration.preview(type, province, user));
	}

	private String form(LayoutView view, Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("formVersion")) {
			model.addAttribute("formVersion", view.version());
		}
		model.addAttribute("fields", CertificateField.values());
		model.addAttribute("papers", Paper.values());
		model.addAttribute("orientations", Orientation.values());
		model.addAttribute("alignments", Alignment.values());
		model.addAttribute("provinceParam", view.province().code());
		return "certificate-layouts/form";
	}

	private static @Nullable Long version(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The layout's version is not a number");
		}
	}

	private static ResponseEntity<StreamingResponseBody> download(PdfFile file) {
		return Downloads.attachment(file.name(), MediaType.APPLICATION_PDF, file.content()::writeTo);
	}

}
