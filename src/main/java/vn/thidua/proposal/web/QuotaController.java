package vn.thidua.proposal.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.AwardQueries;
import vn.thidua.proposal.AwardQuota;
import vn.thidua.proposal.InvalidQuota;
import vn.thidua.proposal.QuotaAdministration;
import vn.thidua.proposal.QuotaRounding;
import vn.thidua.proposal.QuotaSeverity;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;

/**
 * The quotas of the user's scope, in force and past, with a calculator that tries them on
 * a unit and year; for administrators adding, editing, ending and deleting the quotas of
 * their own scope.
 */
@Controller
@RequestMapping("/quotas")
class QuotaController {

	private final QuotaAdministration administration;

	private final AwardQueries awards;

	private final Clock clock;

	QuotaController(QuotaAdministration administration, AwardQueries awards, Clock clock) {
		this.administration = administration;
		this.awards = awards;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String year, CurrentUser user, Model model) {
		model.addAttribute("quotas", administration.list(user));
		model.addAttribute("tryUnit", unit);
		model.addAttribute("tryYear", year == null ? String.valueOf(today().getYear()) : year);
		if (unit != null && !unit.isBlank()) {
			try {
				int parsed = year == null ? today().getYear() : Integer.parseInt(year.strip());
				model.addAttribute("calculation", administration.calculate(unit, parsed, user));
			}
			catch (NumberFormatException ex) {
				model.addAttribute("tryError", "quota.try.year");
			}
			catch (BusinessRuleViolation violation) {
				model.addAttribute("tryError", violation.messageKey());
			}
		}
		return "quotas/list";
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model) {
		model.addAttribute("quotaForm", QuotaForm.empty(administration.defaultScope(user), today()));
		return form(null, model);
	}

	@PostMapping
	String create(@ModelAttribute QuotaForm quotaForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		try {
			administration.add(quotaForm.input(), user);
			Flash.success(redirect, "quota.added");
			return "redirect:/quotas";
		}
		catch (BusinessRuleViolation violation) {
			reject(result, violation);
		}
		return form(null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, CurrentUser user, Model model) {
		AwardQuota quota = administration.editable(id, user);
		model.addAttribute("quotaForm", QuotaForm.of(quota, administration.scopeCode(quota)));
		return form(quota, model);
	}

	@PostMapping("/{id}")
	String edit(@PathVariable long id, @ModelAttribute QuotaForm quotaForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		AwardQuota quota = administration.editable(id, user);
		if (quotaForm.version() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The quota's version is missing");
		}
		try {
			administration.edit(id, quotaForm.version(), quotaForm.input(), user);
			Flash.success(redirect, "quota.saved");
			return "redirect:/quotas";
		}
		catch (BusinessRuleViolation violation) {
			reject(result, violation);
		}
		return form(quota, model);
	}

	@GetMapping("/{id}/end")
	String endForm(@PathVariable long id, CurrentUser user, Model model) {
		AwardQuota quota = administration.endable(id, user);
		model.addAttribute("quotaEndForm", QuotaEndForm.of(quota, today()));
		model.addAttribute("quota", quota);
		return "quotas/end";
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable long id, @ModelAttribute QuotaEndForm quotaEndForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		AwardQuota quota = administration.endable(id, user);
		if (quotaEndForm.version() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The quota's version is missing");
		}
		try {
			administration.end(id, quotaEndForm.version(), quotaEndForm.lastDay(), user);
			Flash.success(redirect, "quota.ended");
			return "redirect:/quotas";
		}
		catch (BusinessRuleViolation violation) {
			reject(result, violation);
		}
		model.addAttribute("quota", quota);
		return "quotas/end";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "quota.deleted", () -> administration.delete(id, version, user));
		return "redirect:/quotas";
	}

	private String form(@Nullable AwardQuota quota, Model model) {
		model.addAttribute("quota", quota);
		model.addAttribute("awardTypes", awards.awardTypes());
		model.addAttribute("roundings", QuotaRounding.values());
		model.addAttribute("severities", QuotaSeverity.values());
		return "quotas/form";
	}

	private static void reject(BindingResult result, BusinessRuleViolation violation) {
		if (violation instanceof InvalidQuota invalid) {
			invalid.problems().forEach(problem -> {
				if (problem.field() == null) {
					result.reject(problem.messageKey(), problem.args(), null);
				}
				else {
					result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
				}
			});
			return;
		}
		Forms.reject(result, violation);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
