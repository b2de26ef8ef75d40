package vn.thidua.award.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.DirectoryFilter;
import vn.thidua.award.DirectoryRow;
import vn.thidua.award.InvalidPerson;
import vn.thidua.award.PeopleDirectory;
import vn.thidua.award.PersonalId;
import vn.thidua.award.PeopleDirectory.Creation;
import vn.thidua.award.Person;
import vn.thidua.award.PersonMerge;
import vn.thidua.award.PersonMerges;
import vn.thidua.award.PersonTransfers;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The people directory of officers and administrators: look-up, create, correct,
 * transfer, and merge records of one person.
 */
@Controller
class PeopleController {

	private final PeopleDirectory directory;

	private final PersonMerges merges;

	private final PersonTransfers transfers;

	private final UnitCatalog units;

	private final Clock clock;

	PeopleController(PeopleDirectory directory, PersonMerges merges, PersonTransfers transfers, UnitCatalog units,
			Clock clock) {
		this.directory = directory;
		this.merges = merges;
		this.transfers = transfers;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Integer born,
			@RequestParam(required = false) @Nullable String position,
			@RequestParam(required = false) @Nullable Long after, CurrentUser user, Model model) {
		Long unitId = unit == null || unit.isBlank() ? null
				: units.findByCode(unit.strip()).map(UnitRow::id).orElse(-1L);
		Integer year = born == null || born < 1900 || born > 2100 ? null : born;
		List<DirectoryRow> rows = directory.page(new DirectoryFilter(q, unitId, year, position, after), user);
		boolean more = rows.size() > PeopleDirectory.PAGE_SIZE;
		List<DirectoryRow> page = more ? rows.subList(0, PeopleDirectory.PAGE_SIZE) : rows;
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("born", year);
		model.addAttribute("position", position);
		model.addAttribute("rows", page);
		model.addAttribute("paged", after != null);
		model.addAttribute("next", more ? page.getLast().id() : null);
		model.addAttribute("transfers", transfers.pending(user));
		return "people/list";
	}

	@GetMapping("/people/new")
	String newForm(@RequestParam(required = false) @Nullable String unit, CurrentUser user, Model model) {
		model.addAttribute("personForm", PersonForm.empty(unit));
		return form(null, user, model);
	}

	@PostMapping("/people")
	String create(@Valid PersonForm personForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		Long unitId = unitOf(personForm.unitCode(), result);
		alsoCheckPersonalId(personForm, result);
		if (!result.hasErrors() && unitId != null) {
			try {
				Creation creation = directory.create(personForm.toDetails(unitId), personForm.isConfirmed(), user);
				if (creation.created()) {
					Flash.success(redirect, "person.created", creation.person().getFullName());
					return "redirect:/people/" + creation.person().getId();
				}
				model.addAttribute("namesakes", creation.namesakes());
			}
			catch (InvalidPerson invalid) {
				invalid.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), null));
			}
			catch (DataIntegrityViolationException taken) {
				// another user stored the same personal id between the check and the save
				result.rejectValue("personalId", "person.personalId.taken");
			}
		}
		return form(null, user, model);
	}

	/**
	 * A form with errors never reaches the service, which checks the personal
	 * identification number: check it here too, so that every error shows at once.
	 */
	private static void alsoCheckPersonalId(PersonForm form, BindingResult result) {
		String number = form.personalId();
		if (!result.hasErrors() || number == null || number.isBlank() || result.hasFieldErrors("personalId")) {
			return;
		}
		LocalDate birth = form.birthDate() == null || form.birthDate().isBlank() || result.hasFieldErrors("birthDate")
				? null : VietnameseDateFormatter.parse(form.birthDate());
		String sex = result.hasFieldErrors("sex") ? null : form.sex();
		PersonalId.problems(number.strip(), birth, sex).forEach(key -> result.rejectValue("personalId", key));
	}

	@GetMapping("/people/{id}/edit")
	String editForm(@PathVariable long id, CurrentUser user, Model model) {
		Person person = directory.show(id, user);
		model.addAttribute("personForm", PersonForm.from(person, units.get(person.getUnitId()).code()));
		return form(person, user, model);
	}

	@PostMapping("/people/{id}/edit")
	String update(@PathVariable long id, @Valid PersonForm personForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		Person person = directory.show(id, user);
		if (personForm.version() == null) {
			result.reject("person.stale");
		}
		alsoCheckPersonalId(personForm, result);
		if (!result.hasErrors()) {
			try {
				Person saved = directory.update(id, personForm.version(), personForm.toDetails(person.getUnitId()),
						user);
				Flash.success(redirect, "person.updated", saved.getFullName());
				return "redirect:/people/" + id;
			}
			catch (InvalidPerson invalid) {
				invalid.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), null));
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException stale) {
				result.reject("person.stale");
			}
			catch (DataIntegrityViolationException taken) {
				result.rejectValue("personalId", "person.personalId.taken");
			}
		}
		return form(directory.show(id, user), user, model);
	}

	private String form(@Nullable Person person, CurrentUser user, Model model) {
		model.addAttribute("person", person);
		if (person != null) {
			model.addAttribute("unit", units.get(person.getUnitId()));
		}
		return "people/form";
	}

	private @Nullable Long unitOf(@Nullable String code, BindingResult result) {
		if (code == null || code.isBlank()) {
			result.rejectValue("unitCode", "person.unit.required");
			return null;
		}
		var unit = units.findActiveByCode(code.strip());
		if (unit.isEmpty()) {
			result.rejectValue("unitCode", "person.unit.notFound", new Object[] { code }, null);
			return null;
		}
		return unit.get().id();
	}

	@GetMapping("/people/{id}/transfer")
	String transferForm(@PathVariable long id, CurrentUser user, Model model) {
		Person person = directory.show(id, user);
		model.addAttribute("transferForm",
				new TransferForm("", VietnameseDateFormatter.format(LocalDate.now(clock)), person.getVersion()));
		return transferPage(person, model);
	}

	@PostMapping("/people/{id}/transfer")
	String transfer(@PathVariable long id, @Valid TransferForm transferForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		Person person = directory.show(id, user);
		Long unitId = result.hasFieldErrors("unitCode") ? null : unitOf(transferForm.unitCode(), result);
		if (!result.hasErrors() && unitId != null) {
			try {
				var outcome = transfers.transfer(id, transferForm.version(), unitId,
						VietnameseDateFormatter.parse(transferForm.effectiveOn()), user);
				Flash.success(redirect, "people.transfer." + outcome.name().toLowerCase(java.util.Locale.ROOT),
						person.getFullName(), transferForm.unitCode());
				return "redirect:/people/" + id;
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException stale) {
				result.reject("person.stale");
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation);
			}
		}
		return transferPage(person, model);
	}

	private String transferPage(Person person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("unit", units.get(person.getUnitId()));
		model.addAttribute("placements", directory.placements(person.getId()));
		return "people/transfer";
	}

	@PostMapping("/people/transfers/{id}/accept")
	String accept(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, () -> {
			Person person = transfers.accept(id, version, user);
			return Flash.message("people.transfer.accepted", person.getFullName());
		});
		return "redirect:/people";
	}

	@PostMapping("/people/transfers/{id}/decline")
	String decline(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "people.transfer.declined", () -> transfers.decline(id, version, user));
		return "redirect:/people";
	}

	@GetMapping("/people/duplicates")
	String duplicates(CurrentUser user, Model model) {
		model.addAttribute("pairs", merges.duplicates(user));
		model.addAttribute("merges", merges.recent(user));
		model.addAttribute("admin", user.isAdmin());
		return "people/duplicates";
	}

	@PostMapping("/people/merges")
	String merge(@RequestParam long keptId, @RequestParam long mergedId, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, () -> {
			PersonMerge merge = merges.merge(keptId, mergedId, user);
			return Flash.message("people.merge.done", merge.getMergedId(), merge.getKeptId());
		});
		return "redirect:/people/duplicates";
	}

	@PostMapping("/people/merges/{id}/undo")
	String undo(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "people.merge.undone", () -> merges.undo(id, user));
		return "redirect:/people/duplicates";
	}

}
