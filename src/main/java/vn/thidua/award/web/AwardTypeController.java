package vn.thidua.award.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.BaseSalaryManagement;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The award types with who decides them and the cash they carry on a date (today unless
 * another is asked), each with its legal source, and the base salary by date, which an
 * administrator of the whole country records and corrects here.
 */
@Controller
@RequestMapping("/award-types")
class AwardTypeController {

	private final AwardCatalog catalog;

	private final BaseSalaryManagement salaries;

	private final Clock clock;

	AwardTypeController(AwardCatalog catalog, BaseSalaryManagement salaries, Clock clock) {
		this.catalog = catalog;
		this.salaries = salaries;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) @Nullable String on, CurrentUser user, Model model) {
		LocalDate date = LocalDate.now(clock);
		if (on != null && !on.isBlank()) {
			try {
				date = VietnameseDateFormatter.parse(on.strip());
			}
			catch (DateTimeParseException | IllegalArgumentException bad) {
				model.addAttribute("onInvalid", true);
				model.addAttribute("onTyped", on.length() > 20 ? on.substring(0, 20) : on);
			}
		}
		model.addAttribute("baseSalaryForm", BaseSalaryForm.empty());
		return page(date, user, model);
	}

	@PostMapping("/base-salaries")
	String record(@Valid BaseSalaryForm baseSalaryForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!Flash.orError(redirect, () -> salaries.requireManager(user))) {
			return "redirect:/award-types";
		}
		if (!result.hasErrors()) {
			LocalDate from = VietnameseDateFormatter.parse(baseSalaryForm.effectiveFrom());
			try {
				salaries.record(from, VietnameseNumbers.parse(baseSalaryForm.amount()).orElseThrow(),
						baseSalaryForm.legalSource().strip(), user);
				Flash.success(redirect, "baseSalary.recorded", baseSalaryForm.amount(),
						VietnameseDateFormatter.format(from));
				return "redirect:/award-types?on=" + VietnameseDateFormatter.format(from);
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation,
						key -> key.equals("baseSalary.amountRange") ? "amount" : "effectiveFrom");
			}
		}
		return page(LocalDate.now(clock), user, model);
	}

	@PostMapping("/base-salaries/{from}/remove")
	String remove(@PathVariable String from, CurrentUser user, RedirectAttributes redirect) {
		LocalDate date;
		try {
			date = LocalDate.parse(from);
		}
		catch (DateTimeParseException bad) {
			Flash.error(redirect, "baseSalary.gone", from);
			return "redirect:/award-types";
		}
		Flash.attempt(redirect, () -> {
			salaries.remove(date, user);
			return Flash.message("baseSalary.removed", VietnameseDateFormatter.format(date));
		});
		return "redirect:/award-types";
	}

	private String page(LocalDate on, CurrentUser user, Model model) {
		model.addAttribute("overview", catalog.overview(on));
		model.addAttribute("salaries", salaries.list());
		model.addAttribute("manages", salaries.manages(user));
		model.addAttribute("today", LocalDate.now(clock));
		return "award-types/list";
	}

}
