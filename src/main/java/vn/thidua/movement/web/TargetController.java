package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.movement.Direction;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.TargetDefinition;
import vn.thidua.movement.TargetKind;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;

/**
 * A movement's targets and participating units.
 */
@Controller
@RequestMapping("/movements/{id}")
class TargetController {

	private static final int PAGE_SIZE = 50;

	private final MovementManagement management;

	private final MovementQueries queries;

	TargetController(MovementManagement management, MovementQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping("/targets")
	String targets(@PathVariable long id, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		model.addAttribute("targetForm", TargetForm.empty(movement.getVersion()));
		return targetsPage(movement, user, model);
	}

	@PostMapping("/targets")
	String addTarget(@PathVariable long id, @Valid TargetForm targetForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		checkQuantities(targetForm, result);
		if (!result.hasErrors()) {
			try {
				management.addTarget(id, targetForm.version(), toDefinition(targetForm), user);
				Flash.success(redirect, "target.added", targetForm.name());
				return "redirect:/movements/" + id + "/targets";
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation);
			}
		}
		return targetsPage(management.show(id, user), user, model);
	}

	@GetMapping("/targets/{targetId}/edit")
	String editTarget(@PathVariable long id, @PathVariable long targetId, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		model.addAttribute("targetForm", TargetForm.from(movement.target(targetId), movement.getVersion()));
		model.addAttribute("editing", targetId);
		return targetsPage(movement, user, model);
	}

	@PostMapping("/targets/{targetId}")
	String changeTarget(@PathVariable long id, @PathVariable long targetId, @Valid TargetForm targetForm,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		checkQuantities(targetForm, result);
		if (!result.hasErrors()) {
			try {
				management.changeTarget(id, targetForm.version(), targetId, toDefinition(targetForm), user);
				Flash.success(redirect, "target.changed", targetForm.name());
				return "redirect:/movements/" + id + "/targets";
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation);
			}
		}
		model.addAttribute("editing", targetId);
		return targetsPage(management.show(id, user), user, model);
	}

	@PostMapping("/targets/{targetId}/delete")
	String removeTarget(@PathVariable long id, @PathVariable long targetId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "target.removed", () -> management.removeTarget(id, version, targetId, user));
		return "redirect:/movements/" + id + "/targets";
	}

	@GetMapping("/participants")
	String participants(@PathVariable long id, @RequestParam(defaultValue = "0") int page, CurrentUser user,
			Model model) {
		Movement movement = management.show(id, user);
		model.addAttribute("movement", movement);
		model.addAttribute("rights", management.rights(movement, user));
		var participants = queries.participants(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("participants", participants);
		model.addAttribute("readable",
				management.readableUnits(movement, participants.map(p -> p.unitId()).getContent(), user));
		return "movements/participants";
	}

	@PostMapping("/participants")
	String addParticipants(@PathVariable long id, @RequestParam String codes,
			@RequestParam(defaultValue = "false") boolean subtree, CurrentUser user, RedirectAttributes redirect) {
		List<String> list = Arrays.stream(codes.split("[,;\\s]+")).filter(code -> !code.isBlank()).distinct().toList();
		if (list.isEmpty() || list.size() > 200) {
			Flash.error(redirect, "participant.codesRequired");
			return "redirect:/movements/" + id + "/participants";
		}
		Flash.attempt(redirect, () -> {
			int added = management.addParticipants(id, list, subtree, user);
			return Flash.message("participant.added", added);
		});
		return "redirect:/movements/" + id + "/participants";
	}

	@PostMapping("/participants/{unitId}/delete")
	String removeParticipant(@PathVariable long id, @PathVariable long unitId, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "participant.removed", () -> management.removeParticipant(id, unitId, user));
		return "redirect:/movements/" + id + "/participants";
	}

	private String targetsPage(Movement movement, CurrentUser user, Model model) {
		model.addAttribute("movement", movement);
		model.addAttribute("rights", management.rights(movement, user));
		model.addAttribute("targetKinds", TargetKind.values());
		model.addAttribute("directions", Direction.values());
		return "movements/targets";
	}

	private static void checkQuantities(TargetForm form, BindingResult result) {
		if (form.kind() == TargetKind.QUANTITATIVE && isBlank(form.planValue())) {
			result.rejectValue("planValue", "target.plan.required");
		}
	}

	private static TargetDefinition toDefinition(TargetForm form) {
		BigDecimal weight = isBlank(form.weight()) ? BigDecimal.ONE : number(form.weight());
		return new TargetDefinition(form.fieldName(), form.name(), form.kind(), form.measure(), form.direction(),
				isBlank(form.planValue()) ? null : number(form.planValue()),
				isBlank(form.maxValue()) ? null : number(form.maxValue()), weight);
	}

	private static BigDecimal number(String text) {
		return VietnameseNumbers.parse(text).orElseThrow();
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
