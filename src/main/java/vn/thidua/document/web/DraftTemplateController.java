package vn.thidua.document.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.document.DocumentDrafts;
import vn.thidua.document.DraftKind;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;
import vn.thidua.shared.web.Flash;
import vn.thidua.unit.UnitRow;

/**
 * The Word templates of a province's official documents: each kind's fields, the template
 * in use to download, and an upload that replaces it.
 */
@Controller
@RequestMapping("/document-templates")
class DraftTemplateController {

	private final DocumentDrafts drafts;

	DraftTemplateController(DocumentDrafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long province, CurrentUser user, Model model) {
		List<UnitRow> provinces = drafts.provinces(user);
		UnitRow chosen = provinces.stream()
			.filter(candidate -> province == null || candidate.id() == province)
			.findFirst()
			.orElse(null);
		model.addAttribute("provinces", provinces);
		model.addAttribute("province", chosen);
		model.addAttribute("templates", chosen == null ? List.of() : drafts.templates(chosen.id(), user));
		return "drafts/templates";
	}

	@GetMapping("/{province}/{kind}.docx")
	ResponseEntity<StreamingResponseBody> download(@PathVariable long province, @PathVariable String kind,
			CurrentUser user) {
		byte[] template = drafts.template(province, kind(kind), user);
		return Downloads.attachment("mau-" + kind + ".docx", Downloads.DOCX, out -> out.write(template));
	}

	@PostMapping("/{province}/{kind}")
	String upload(@PathVariable long province, @PathVariable String kind, @RequestParam long version,
			@RequestParam(required = false) @Nullable MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "draft.template.uploaded",
				() -> drafts.upload(province, kind(kind), version, file, user));
		return "redirect:/document-templates?province=" + province;
	}

	@PostMapping("/{province}/{kind}/reset")
	String reset(@PathVariable long province, @PathVariable String kind, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		drafts.reset(province, kind(kind), version, user);
		Flash.success(redirect, "draft.template.reset");
		return "redirect:/document-templates?province=" + province;
	}

	private static DraftKind kind(String slug) {
		return DraftKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("draftKind", slug));
	}

}
