package vn.thidua.award.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.AwardQueries;
import vn.thidua.award.CheckKind;
import vn.thidua.award.EligibilityRule;
import vn.thidua.award.InvalidRuleParameters;
import vn.thidua.award.InvalidRuleParameters.Problem;
import vn.thidua.award.RuleManagement;
import vn.thidua.award.RuleParameters;
import vn.thidua.award.RuleScope;
import vn.thidua.award.Severity;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.UnitCatalog;

/**
 * The eligibility rules of the user's scope, and for administrators adding a rule (its
 * check kind first, then its terms), ending one of their own scope and overriding one of
 * a scope above.
 */
@Controller
@RequestMapping("/rules")
class RuleController {

	private final RuleManagement management;

	private final AwardQueries awards;

	private final UnitCatalog units;

	private final Clock clock;

	RuleController(RuleManagement management, AwardQueries awards, UnitCatalog units, Clock clock) {
		this.management = management;
		this.awards = awards;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("rules", management.list(user));
		return "rules/list";
	}

	/**
	 * Without a kind (or with one the screens do not edit), the choice of kind; with one,
	 * the form for its terms.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable CheckKind checkKind, CurrentUser user, Model model) {
		RuleScope scope = management.scope(user);
		if (checkKind == null || !RuleParameters.editable(checkKind)) {
			model.addAttribute("scope", scope);
			model.addAttribute("kinds", RuleParameters.editableKinds());
			return "rules/kind";
		}
		model.addAttribute("ruleForm", RuleForm.empty(checkKind, today()));
		return form(scope, checkKind, null, model);
	}

	@PostMapping
	String create(@Valid RuleForm ruleForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		RuleScope scope = management.scope(user);
		CheckKind kind = kindOf(ruleForm);
		if (result.hasErrors()) {
			rejectParameters(result, kind, ruleForm);
		}
		else {
			try {
				EligibilityRule rule = management.add(ruleForm.toDraft(kind), user);
				Flash.success(redirect, "rule.added", rule.getCode());
				return "redirect:/rules";
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		return form(scope, kind, null, model);
	}

	@GetMapping("/{id}/end")
	String endForm(@PathVariable long id, CurrentUser user, Model model) {
		EligibilityRule rule = management.endable(id, user);
		model.addAttribute("endForm", EndForm.of(rule, today()));
		model.addAttribute("rule", rule);
		return "rules/end";
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable long id, @Valid EndForm endForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		EligibilityRule rule = management.endable(id, user);
		if (!result.hasErrors()) {
			LocalDate lastDay = VietnameseDateFormatter.parse(endForm.lastDay());
			try {
				management.end(id, endForm.version(), lastDay, user);
				Flash.success(redirect, "rule.ended", rule.getCode(), VietnameseDateFormatter.format(lastDay));
				return "redirect:/rules";
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		model.addAttribute("rule", rule);
		return "rules/end";
	}

	@GetMapping("/{id}/override")
	String overrideForm(@PathVariable long id, CurrentUser user, Model model) {
		EligibilityRule rule = management.overridable(id, user);
		model.addAttribute("ruleForm", RuleForm.overriding(rule, units.get(user.unitId()).code(), today()));
		return form(management.scope(user), rule.getCheckKind(), rule, model);
	}

	@PostMapping("/{id}/override")
	String override(@PathVariable long id, @Valid RuleForm ruleForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		EligibilityRule overridden = management.overridable(id, user);
		CheckKind kind = kindOf(ruleForm);
		if (ruleForm.version() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The overridden rule's version is missing");
		}
		if (result.hasErrors()) {
			rejectParameters(result, kind, ruleForm);
		}
		else {
			try {
				EligibilityRule rule = management.override(id, ruleForm.version(), ruleForm.toDraft(kind), user);
				Flash.success(redirect, "rule.overridden", rule.getCode(), overridden.getCode());
				return "redirect:/rules";
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		return form(management.scope(user), kind, overridden, model);
	}

	private String form(RuleScope scope, CheckKind kind, @Nullable EligibilityRule overridden, Model model) {
		List<String> awardTypes = awards.awardTypes();
		model.addAttribute("scope", scope);
		model.addAttribute("kind", kind);
		model.addAttribute("overridden", overridden);
		model.addAttribute("overriddenScope", overridden == null || overridden.getScopeUnitId() == null ? null
				: units.get(overridden.getScopeUnitId()).name());
		model.addAttribute("awardTypes", awardTypes);
		model.addAttribute("severities", Severity.values());
		model.addAttribute("fields",
				RuleParameters.of(kind).stream().map(spec -> ParameterField.of(spec, awardTypes)).toList());
		return "rules/form";
	}

	/**
	 * The form's check kind, which the page always sends: one the screens do not edit was
	 * not offered, so the request was tampered with.
	 */
	private static CheckKind kindOf(RuleForm form) {
		CheckKind kind = form.checkKind();
		if (kind == null || !RuleParameters.editable(kind)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No check kind the screens edit");
		}
		return kind;
	}

	/**
	 * Shows a refused rule next to the field it concerns, or above the form.
	 */
	/**
	 * Shows the parameters' problems with the form's other errors, so that all show at
	 * once.
	 */
	private void rejectParameters(BindingResult result, CheckKind kind, RuleForm form) {
		reject(result, RuleParameters.problems(kind, form.parameters(), awards.awardTypes()));
	}

	private static void reject(BindingResult result, List<Problem> problems) {
		problems.forEach(problem -> result.rejectValue("parameters[" + problem.parameter() + "]", problem.messageKey(),
				problem.args(), null));
	}

	private static void reject(BindingResult result, BusinessRuleViolation violation) {
		if (violation instanceof InvalidRuleParameters invalid) {
			reject(result, invalid.problems());
			return;
		}
		Forms.reject(result, violation,
				key -> key.startsWith("rule.code") ? "code"
						: key.startsWith("rule.dates") ? "effectiveTo" : key.startsWith("rule.awardType") ? "awardType"
								: key.equals("rule.end.beforeStart") ? "lastDay" : null);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
