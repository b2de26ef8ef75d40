package vn.thidua.unit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.UnitNames;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;
import vn.thidua.unit.UnitRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Table;
import vn.thidua.shared.web.Downloads;
import vn.thidua.unit.UnitLine;
import vn.thidua.unit.SigningDetails;
import vn.thidua.unit.UnitSigning;
import vn.thidua.shared.StaleEditException;

@Controller
@RequestMapping("/units")
class UnitController {

	private static final int PAGE_SIZE = 50;

	private final UnitManagement management;

	private final UnitCatalog catalog;

	private final Exports exports;

	private final Clock clock;

	UnitController(UnitManagement management, UnitCatalog catalog, Exports exports, Clock clock) {
		this.management = management;
		this.catalog = catalog;
		this.exports = exports;
		this.clock = clock;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long within,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		UnitRow root = within == null ? management.scopeRoot(user) : management.show(within, user);
		if (q == null || q.isBlank()) {
			return "redirect:/units/" + root.id() + (inactive ? "?inactive=true" : "");
		}
		model.addAttribute("q", q);
		model.addAttribute("within", root);
		model.addAttribute("inactive", inactive);
		model.addAttribute("results", catalog.search(root, q, inactive, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "units/search";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		UnitRow unit = management.show(id, user);
		model.addAttribute("unit", unit);
		model.addAttribute("canChange", management.canChange(unit, user));
		model.addAttribute("breadcrumbs", management.breadcrumbs(unit, user));
		model.addAttribute("successors", unit.active() ? List.of() : catalog.successors(id));
		model.addAttribute("predecessors", catalog.predecessors(id));
		model.addAttribute("inactive", inactive);
		model.addAttribute("children", catalog.children(id, inactive, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("deactivateForm", DeactivateForm.of(LocalDate.now(clock), unit.version()));
		model.addAttribute("canSetSigning", management.canSetSigning(user));
		return "units/show";
	}

	@GetMapping("/{id}/export.{format:xlsx|pdf}")
	void export(@PathVariable long id, @PathVariable String format, CurrentUser user, HttpServletResponse response)
			throws IOException {
		UnitRow root = management.show(id, user);
		Table<UnitLine> table = exports.<UnitLine>table("units.export.title")
			.note("unit.name", root.name())
			.text("imports.units.column.code", UnitLine::code)
			.text("imports.units.column.name", UnitLine::name)
			.message("imports.units.column.kind", line -> "UnitKind." + line.kind())
			.text("imports.units.column.parentCode", UnitLine::parentCode)
			.date("imports.units.column.validFrom", UnitLine::validFrom)
			.date("unit.validTo", UnitLine::validTo)
			.message("unit.status", line -> line.active() ? "unit.active" : "unit.inactive")
			.build();
		exports.download(format, "don-vi-" + Downloads.namePart(root.code()), table,
				sink -> catalog.forEachInSubtree(root, sink), response);
	}

	@GetMapping("/new")
	String newForm(@RequestParam long parent, CurrentUser user, Model model) {
		model.addAttribute("parent", management.showAsParent(parent, user));
		model.addAttribute("unitForm", UnitForm.empty(parent, LocalDate.now(clock)));
		return "units/form";
	}

	@PostMapping
	String create(@Valid UnitForm unitForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		long parentId = unitForm.parentId() == null ? user.unitId() : unitForm.parentId();
		if (!result.hasErrors()) {
			try {
				Unit unit = management.create(parentId, unitForm.toDetails(), user);
				Flash.success(redirect, "unit.created", inSentence(unit.getName()));
				return "redirect:/units/" + unit.getId();
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		model.addAttribute("parent", management.show(parentId, user));
		return "units/form";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, CurrentUser user, Model model) {
		UnitRow unit = management.showForChange(id, user);
		model.addAttribute("unit", unit);
		model.addAttribute("unitForm", UnitForm.from(unit));
		return "units/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid UnitForm unitForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				Unit unit = management.update(id, versionOf(unitForm.version()), unitForm.toDetails(), user);
				Flash.success(redirect, "unit.updated", inSentence(unit.getName()));
				return "redirect:/units/" + id;
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		model.addAttribute("unit", management.show(id, user));
		return "units/form";
	}

	@GetMapping("/{id}/move")
	String moveForm(@PathVariable long id, CurrentUser user, Model model) {
		UnitRow unit = management.showForChange(id, user);
		model.addAttribute("unit", unit);
		model.addAttribute("moveForm", new MoveForm("", "", unit.version()));
		addParentChoices(user, model);
		return "units/move";
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @Valid MoveForm moveForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			var parent = catalog.findActiveByCode(moveForm.parentCode());
			if (parent.isEmpty()) {
				result.rejectValue("parentCode", "unit.parent.notFound");
			}
			else {
				try {
					Unit unit = management.move(id, moveForm.version(), parent.get().id(), moveForm.reason(), user);
					Flash.success(redirect, "unit.moved", inSentence(unit.getName()), inSentence(parent.get().name()));
					return "redirect:/units/" + id;
				}
				catch (BusinessRuleViolation violation) {
					result.rejectValue("parentCode", violation.messageKey(), violation.args(), null);
				}
			}
		}
		model.addAttribute("unit", management.show(id, user));
		addParentChoices(user, model);
		return "units/move";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @Valid DeactivateForm deactivateForm, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (result.hasErrors()) {
			Flash.error(redirect, "unit.deactivate.invalidDate");
			return "redirect:/units/" + id;
		}
		Optional<UnitRow> successor = Optional.empty();
		if (deactivateForm.successorCode() != null) {
			successor = catalog.findActiveByCode(deactivateForm.successorCode());
			if (successor.isEmpty()) {
				Flash.error(redirect, "unit.successor.notFound", deactivateForm.successorCode());
				return "redirect:/units/" + id;
			}
		}
		Long successorId = successor.map(UnitRow::id).orElse(null);
		Flash.attempt(redirect, () -> {
			Unit unit = management.deactivate(id, deactivateForm.version(), deactivateForm.date(), successorId, user);
			return Flash.message("unit.deactivated", inSentence(unit.getName()));
		});
		return "redirect:/units/" + id;
	}

	/**
	 * Who signs the unit's documents and the symbol in their numbers.
	 */
	@GetMapping("/{id}/signing")
	String signingForm(@PathVariable long id, CurrentUser user, Model model) {
		UnitSigning signing = management.showSigning(id, user);
		model.addAttribute("unit", management.show(id, user));
		model.addAttribute("signingForm", SigningForm.from(signing));
		return "units/signing";
	}

	@PostMapping("/{id}/signing")
	String signing(@PathVariable long id, @Valid SigningForm signingForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		UnitSigning current = management.showSigning(id, user);
		SigningDetails details = signingForm.toDetails();
		for (SigningDetails.Problem problem : details.problems()) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		if (!result.hasErrors()) {
			try {
				management.updateSigning(id, signingForm.version(), details, user);
				Flash.success(redirect, "signing.saved");
				return "redirect:/units/" + id;
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation);
			}
			catch (StaleEditException stale) {
				result.reject("signing.stale");
			}
		}
		model.addAttribute("unit", management.show(current.unitId(), user));
		return "units/signing";
	}

	private void addParentChoices(CurrentUser user, Model model) {
	}

	private static long versionOf(@Nullable Long version) {
		return version == null ? -1 : version;
	}

	private static void reject(BindingResult result, BusinessRuleViolation violation) {
		Forms.reject(result, violation, key -> key.startsWith("unit.code") ? "code" : null);
	}

	/** A unit's name inside a flash sentence, in the request's language. */
	private static String inSentence(String name) {
		return UnitNames.inSentence(name, LocaleContextHolder.getLocale());
	}

}
