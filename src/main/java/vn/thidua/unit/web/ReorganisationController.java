package vn.thidua.unit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.reorganisation.OperationKind;
import vn.thidua.unit.reorganisation.PlanProblem;
import vn.thidua.unit.reorganisation.PlanTemplate;
import vn.thidua.unit.reorganisation.Reorganisation;
import vn.thidua.unit.reorganisation.ReorganisationManagement;

@Controller
@RequestMapping("/reorganisations")
class ReorganisationController {

	private static final long MAX_SHEET = 2 * 1024 * 1024;

	private final ReorganisationManagement management;

	ReorganisationController(ReorganisationManagement management) {
		this.management = management;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("plans", management.list(user));
		return "reorganisations/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("reorganisationForm", ReorganisationForm.empty());
		return "reorganisations/form";
	}

	@PostMapping
	String create(@Valid ReorganisationForm reorganisationForm, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				Reorganisation plan = management.create(reorganisationForm.toDetails(), user);
				Flash.success(redirect, "reorganisation.created", plan.getTitle());
				return "redirect:/reorganisations/" + plan.getId();
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation);
			}
		}
		return "reorganisations/form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, CurrentUser user, Model model) {
		var view = management.view(id, user);
		model.addAttribute("plan", view);
		if (!model.containsAttribute("operationForm")) {
			model.addAttribute("operationForm", OperationForm.empty(view.reorganisation().getVersion()));
		}
		if (!model.containsAttribute("reorganisationForm")) {
			model.addAttribute("reorganisationForm", ReorganisationForm.from(view.reorganisation()));
		}
		model.addAttribute("operationKinds", OperationKind.values());
		model.addAttribute("unitKinds",
				List.of(UnitKind.PROVINCE, UnitKind.COMMUNE, UnitKind.DEPARTMENT, UnitKind.OTHER, UnitKind.DISTRICT));
		return "reorganisations/show";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid ReorganisationForm reorganisationForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				management.update(id, reorganisationForm.version() == null ? -1 : reorganisationForm.version(),
						reorganisationForm.toDetails(), user);
				Flash.success(redirect, "reorganisation.updated");
				return "redirect:/reorganisations/" + id;
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation);
			}
		}
		return show(id, user, model);
	}

	@PostMapping("/{id}/document")
	String attach(@PathVariable long id, @RequestParam long version, @RequestParam MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, () -> {
			management.attach(id, version, file, user);
			return Flash.message("reorganisation.documentAttached", file.getOriginalFilename());
		});
		return "redirect:/reorganisations/" + id;
	}

	@PostMapping("/{id}/operations")
	String addOperation(@PathVariable long id, @Valid OperationForm operationForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			List<PlanProblem> problems = management.addOperation(id, operationForm.version(), operationForm.toDraft(),
					user);
			if (problems.isEmpty()) {
				Flash.success(redirect, "reorganisation.operationAdded");
				return "redirect:/reorganisations/" + id;
			}
			problems.forEach(problem -> reject(result, problem));
		}
		return show(id, user, model);
	}

	@PostMapping("/{id}/operations/{operationId}/delete")
	String removeOperation(@PathVariable long id, @PathVariable long operationId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		management.removeOperation(id, version, operationId, user);
		Flash.success(redirect, "reorganisation.operationRemoved");
		return "redirect:/reorganisations/" + id;
	}

	@PostMapping("/{id}/sheet")
	String uploadSheet(@PathVariable long id, @RequestParam long version, @RequestParam MultipartFile file,
			CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty() || file.getSize() > MAX_SHEET) {
			Flash.error(redirect, file.isEmpty() ? "reorganisation.sheet.empty" : "reorganisation.sheet.tooLarge");
			return "redirect:/reorganisations/" + id;
		}
		List<PlanProblem> problems = management.replaceOperations(id, version, file.getBytes(), user);
		if (problems.isEmpty()) {
			Flash.success(redirect, "reorganisation.sheet.accepted", file.getOriginalFilename());
			return "redirect:/reorganisations/" + id;
		}
		model.addAttribute("sheetProblems", problems);
		model.addAttribute("sheetName", file.getOriginalFilename());
		return show(id, user, model);
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("mau-sap-xep-don-vi.csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(PlanTemplate.csv());
	}

	@PostMapping("/{id}/apply")
	String apply(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, CurrentUser user, RedirectAttributes redirect) {
		if (!confirmed) {
			Flash.error(redirect, "reorganisation.confirmRequired");
			return "redirect:/reorganisations/" + id;
		}
		Flash.attempt(redirect, () -> {
			Reorganisation plan = management.apply(id, version, user);
			return Flash.message("reorganisation.applied", plan.getTitle());
		});
		return "redirect:/reorganisations/" + id;
	}

	private static void reject(BindingResult result, PlanProblem problem) {
		String field = switch (problem.field()) {
			case "sourceCodes", "targetCode", "targetName", "targetKind", "parentCode", "officialCode" ->
				problem.field();
			default -> null;
		};
		if (field == null) {
			result.reject(problem.messageKey(), problem.args(), null);
		}
		else {
			result.rejectValue(field, problem.messageKey(), problem.args(), null);
		}
	}

}
