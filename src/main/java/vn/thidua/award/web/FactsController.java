package vn.thidua.award.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.AwardRecord;
import vn.thidua.award.DisciplineKind;
import vn.thidua.award.DisciplinePenalty;
import vn.thidua.award.DisciplineRecord;
import vn.thidua.award.Influence;
import vn.thidua.award.Initiative;
import vn.thidua.award.PersonFacts;
import vn.thidua.award.Rating;
import vn.thidua.award.RatingGrid;
import vn.thidua.award.RegistryFacts;
import vn.thidua.award.web.FactForms.CloseForm;
import vn.thidua.award.web.FactForms.DisciplineForm;
import vn.thidua.award.web.FactForms.InitiativeForm;
import vn.thidua.award.web.FactForms.RevokeForm;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The registry facts in the app: a unit's ratings for a year in a grid (saved per row
 * through htmx, or as one submit without JavaScript, all or nothing), a person's
 * initiatives and discipline records, and the revocation of an award.
 */
@Controller
class FactsController {

	private final RegistryFacts facts;

	private final Clock clock;

	FactsController(RegistryFacts facts, Clock clock) {
		this.facts = facts;
		this.clock = clock;
	}

	// ---- ratings grid

	@GetMapping("/units/{id}/ratings")
	String ratings(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year, CurrentUser user,
			Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		return gridPage(facts.ratingGrid(id, shown, user), Map.of(), Map.of(), model);
	}

	@PostMapping("/units/{id}/ratings")
	String saveRatings(@PathVariable long id, @RequestParam int year, @RequestParam MultiValueMap<String, String> form,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		RatingGrid before = facts.ratingGrid(id, year, user);
		List<RatingGrid.Cell> cells = cells(form).stream().filter(cell -> changed(before, cell)).toList();
		Map<String, RatingGrid.Problem> problems = facts.rate(id, year, cells, user);
		if (problems.isEmpty()) {
			Flash.success(redirect, "facts.ratings.saved", cells.size());
			return "redirect:/units/" + id + "/ratings?year=" + year;
		}
		Map<String, String> typed = new LinkedHashMap<>();
		cells.forEach(cell -> typed.put(cell.key(), cell.text() == null ? "" : cell.text()));
		model.addAttribute("gridError", problems.size());
		return gridPage(before, problems, typed, model);
	}

	/**
	 * One row of the grid (or a few, pasted), saved through htmx: answers with the rows
	 * again, saved or with why not.
	 */
	@PostMapping("/units/{id}/ratings/cells")
	String saveCells(@PathVariable long id, @RequestParam int year, @RequestParam MultiValueMap<String, String> form,
			CurrentUser user, Model model) {
		List<RatingGrid.Cell> cells = cells(form);
		Map<String, RatingGrid.Problem> problems = facts.rate(id, year, cells, user);
		RatingGrid after = facts.ratingGrid(id, year, user);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RatingGrid.Cell cell : cells) {
			RatingGrid.Line line = after.line(cell.key());
			if (line == null) {
				continue;
			}
			RatingGrid.Problem problem = problems.get(cell.key());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("line", line);
			row.put("problem", problem);
			row.put("typed", problem == null ? null : cell.text());
			row.put("saved", problem == null);
			rows.add(row);
		}
		model.addAttribute("grid", after);
		model.addAttribute("rows", rows);
		model.addAttribute("ratings", Rating.values());
		return "facts/_rating_row :: rows";
	}

	private String gridPage(RatingGrid grid, Map<String, RatingGrid.Problem> problems, Map<String, String> typed,
			Model model) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RatingGrid.Line line : grid.lines()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("line", line);
			row.put("problem", problems.get(line.key()));
			row.put("typed", problems.containsKey(line.key()) ? typed.get(line.key()) : null);
			row.put("saved", false);
			rows.add(row);
		}
		model.addAttribute("grid", grid);
		model.addAttribute("rows", rows);
		model.addAttribute("ratings", Rating.values());
		return "facts/ratings";
	}

	/**
	 * The cells of a posted grid: {@code r_<key>} the value, {@code v_<key>} the version
	 * the row was read at (empty when it had no rating).
	 */
	private static List<RatingGrid.Cell> cells(MultiValueMap<String, String> form) {
		List<RatingGrid.Cell> cells = new ArrayList<>();
		form.forEach((name, values) -> {
			if (name.startsWith("r_") && name.matches("r_[pu]\\d{1,18}")) {
				String key = name.substring(2);
				String version = form.getFirst("v_" + key);
				Long read;
				try {
					read = version == null || version.isBlank() ? null : Long.valueOf(version.strip());
				}
				catch (NumberFormatException ex) {
					read = -1L;
				}
				cells.add(new RatingGrid.Cell(key, values.isEmpty() ? null : values.getFirst(), read));
			}
		});
		return cells;
	}

	private static boolean changed(RatingGrid grid, RatingGrid.Cell cell) {
		RatingGrid.Line line = grid.line(cell.key());
		String text = cell.text() == null ? "" : cell.text().strip();
		if (line == null) {
			return true;
		}
		Rating typed = text.isEmpty() ? null : Rating.parse(text).orElse(null);
		if (!text.isEmpty() && typed == null) {
			return true;
		}
		return (text.isEmpty() ? line.rating() != null : typed != line.rating())
				|| !java.util.Objects.equals(cell.version(), line.version());
	}

	// ---- initiatives

	@GetMapping("/people/{id}/initiatives/new")
	String newInitiative(@PathVariable long id, CurrentUser user, Model model) {
		PersonFacts person = facts.personFacts(id, user);
		facts.checkOfficer(user);
		model.addAttribute("initiativeForm", InitiativeForm.blank(LocalDate.now(clock).getYear()));
		return initiativePage(person, null, model);
	}

	@PostMapping("/people/{id}/initiatives")
	String recognise(@PathVariable long id, @Valid InitiativeForm initiativeForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		PersonFacts person = facts.personFacts(id, user);
		facts.checkOfficer(user);
		if (!initiativeForm.dated()) {
			result.rejectValue("year", "NotNull");
		}
		if (!result.hasErrors()) {
			try {
				facts.recognise(id, initiativeForm.details(), user);
				Flash.success(redirect, "facts.initiative.saved");
				return "redirect:/people/" + id + "#facts";
			}
			catch (BusinessRuleViolation violation) {
				FactForms.reject(result, violation, "year", "title", "decisionDate");
			}
		}
		return initiativePage(person, null, model);
	}

	@GetMapping("/initiatives/{id}/edit")
	String editInitiative(@PathVariable long id, CurrentUser user, Model model) {
		Initiative initiative = facts.initiative(id, user);
		model.addAttribute("initiativeForm", InitiativeForm.of(initiative));
		return initiativePage(facts.personFacts(initiative.getPersonId(), user), initiative, model);
	}

	@PostMapping("/initiatives/{id}")
	String changeInitiative(@PathVariable long id, @Valid InitiativeForm initiativeForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		Initiative initiative = facts.initiative(id, user);
		if (!initiativeForm.dated()) {
			result.rejectValue("year", "NotNull");
		}
		if (initiativeForm.version() == null) {
			result.reject("facts.versionMissing");
		}
		if (!result.hasErrors()) {
			try {
				facts.changeInitiative(id, initiativeForm.version(), initiativeForm.details(), user);
				Flash.success(redirect, "facts.initiative.saved");
				return "redirect:/people/" + initiative.getPersonId() + "#facts";
			}
			catch (BusinessRuleViolation violation) {
				FactForms.reject(result, violation, "year", "title", "decisionDate");
			}
		}
		return initiativePage(facts.personFacts(initiative.getPersonId(), user), initiative, model);
	}

	@PostMapping("/initiatives/{id}/delete")
	String deleteInitiative(@PathVariable long id, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		long person = facts.initiative(id, user).getPersonId();
		facts.deleteInitiative(id, version, user);
		Flash.success(redirect, "facts.initiative.deleted");
		return "redirect:/people/" + person + "#facts";
	}

	private String initiativePage(PersonFacts person, @Nullable Initiative initiative, Model model) {
		model.addAttribute("person", person.person());
		model.addAttribute("initiative", initiative);
		model.addAttribute("influences", Influence.values());
		return "facts/initiative";
	}

	// ---- discipline

	@GetMapping("/people/{id}/discipline/new")
	String newDiscipline(@PathVariable long id, CurrentUser user, Model model) {
		PersonFacts person = facts.personFacts(id, user);
		facts.checkOfficer(user);
		model.addAttribute("disciplineForm", DisciplineForm.blank());
		return disciplinePage(Owner.of(person), null, model);
	}

	@PostMapping("/people/{id}/discipline")
	String recordDiscipline(@PathVariable long id, @Valid DisciplineForm disciplineForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		PersonFacts person = facts.personFacts(id, user);
		facts.checkOfficer(user);
		if (!result.hasErrors()) {
			try {
				facts.recordDiscipline(id, disciplineForm.details(), user);
				Flash.success(redirect, "facts.discipline.saved");
				return "redirect:/people/" + id + "#facts";
			}
			catch (BusinessRuleViolation violation) {
				FactForms.reject(result, violation, "penalty", "startedOn", "endedOn", "detail");
			}
		}
		return disciplinePage(Owner.of(person), null, model);
	}

	@GetMapping("/registry/units/{id}/discipline/new")
	String newUnitDiscipline(@PathVariable long id, CurrentUser user, Model model) {
		Owner owner = Owner.of(facts.collective(id, user));
		facts.checkOfficer(user);
		model.addAttribute("disciplineForm", DisciplineForm.blank(DisciplineKind.INSPECTION));
		return disciplinePage(owner, null, model);
	}

	@PostMapping("/registry/units/{id}/discipline")
	String recordUnitDiscipline(@PathVariable long id, @Valid DisciplineForm disciplineForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		Owner owner = Owner.of(facts.collective(id, user));
		facts.checkOfficer(user);
		if (!result.hasErrors()) {
			try {
				facts.recordUnitDiscipline(id, disciplineForm.details(), user);
				Flash.success(redirect, "facts.discipline.saved");
				return "redirect:" + owner.url() + "#facts";
			}
			catch (BusinessRuleViolation violation) {
				FactForms.reject(result, violation, "penalty", "startedOn", "endedOn", "detail");
			}
		}
		return disciplinePage(owner, null, model);
	}

	/**
	 * Whose record it is, as the pages name and link them: a person or a collective.
	 */
	record Owner(String name, String url) {

		static Owner of(PersonFacts person) {
			return new Owner(person.person().getFullName(), "/people/" + person.person().getId());
		}

		static Owner of(vn.thidua.unit.UnitRow unit) {
			return new Owner(unit.name(), "/registry/units/" + unit.id());
		}

	}

	private Owner owner(DisciplineRecord record, CurrentUser user) {
		return record.getPersonId() != null ? Owner.of(facts.personFacts(record.getPersonId(), user))
				: Owner.of(facts.collective(java.util.Objects.requireNonNull(record.getUnitId()), user));
	}

	@GetMapping("/discipline/{id}/edit")
	String editDiscipline(@PathVariable long id, CurrentUser user, Model model) {
		DisciplineRecord record = facts.disciplineRecord(id, user);
		model.addAttribute("disciplineForm", DisciplineForm.of(record));
		return disciplinePage(owner(record, user), record, model);
	}

	@PostMapping("/discipline/{id}")
	String changeDiscipline(@PathVariable long id, @Valid DisciplineForm disciplineForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		DisciplineRecord record = facts.disciplineRecord(id, user);
		if (disciplineForm.version() == null) {
			result.reject("facts.versionMissing");
		}
		if (!result.hasErrors()) {
			try {
				facts.changeDiscipline(id, disciplineForm.version(), disciplineForm.details(), user);
				Flash.success(redirect, "facts.discipline.saved");
				return "redirect:" + owner(record, user).url() + "#facts";
			}
			catch (BusinessRuleViolation violation) {
				FactForms.reject(result, violation, "penalty", "startedOn", "endedOn", "detail");
			}
		}
		return disciplinePage(owner(record, user), record, model);
	}

	@GetMapping("/discipline/{id}/close")
	String closeForm(@PathVariable long id, CurrentUser user, Model model) {
		DisciplineRecord record = facts.disciplineRecord(id, user);
		model.addAttribute("closeForm", CloseForm.of(record, LocalDate.now(clock)));
		return closePage(record, user, model);
	}

	@PostMapping("/discipline/{id}/close")
	String close(@PathVariable long id, @Valid CloseForm closeForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		DisciplineRecord record = facts.disciplineRecord(id, user);
		if (!result.hasErrors()) {
			try {
				facts.closeDiscipline(id, closeForm.version(), VietnameseDateFormatter.parse(closeForm.endedOn()),
						user);
				Flash.success(redirect, "facts.discipline.closed");
				return "redirect:" + owner(record, user).url() + "#facts";
			}
			catch (BusinessRuleViolation violation) {
				result.rejectValue("endedOn", violation.messageKey(), violation.args(), null);
			}
		}
		return closePage(record, user, model);
	}

	@PostMapping("/discipline/{id}/delete")
	String deleteDiscipline(@PathVariable long id, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		Owner owner = owner(facts.disciplineRecord(id, user), user);
		facts.deleteDiscipline(id, version, user);
		Flash.success(redirect, "facts.discipline.deleted");
		return "redirect:" + owner.url() + "#facts";
	}

	private String disciplinePage(Owner owner, @Nullable DisciplineRecord record, Model model) {
		model.addAttribute("owner", owner);
		model.addAttribute("record", record);
		model.addAttribute("kinds", DisciplineKind.values());
		model.addAttribute("penalties", DisciplinePenalty.values());
		return "facts/discipline";
	}

	private String closePage(DisciplineRecord record, CurrentUser user, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("owner", owner(record, user));
		return "facts/close";
	}

	// ---- revocation

	@GetMapping("/awards/{id}/revoke")
	String revokeForm(@PathVariable long id, CurrentUser user, Model model) {
		AwardRecord award = facts.revocable(id, user);
		model.addAttribute("revokeForm", RevokeForm.of(award, LocalDate.now(clock)));
		model.addAttribute("award", award);
		return "facts/revoke";
	}

	@PostMapping("/awards/{id}/revoke")
	String revoke(@PathVariable long id, @Valid RevokeForm revokeForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		AwardRecord award = facts.revocable(id, user);
		if (!revokeForm.isConfirmed()) {
			result.rejectValue("confirmed", "facts.revocation.unconfirmed");
		}
		if (!result.hasErrors()) {
			try {
				facts.revoke(id, revokeForm.version(), revokeForm.revocation(), revokeForm.isConfirmed(), user);
				Flash.success(redirect, "facts.revocation.saved", award.getDecisionNumber());
				return award.getPersonId() != null ? "redirect:/people/" + award.getPersonId() + "#facts"
						: "redirect:/registry/units/" + award.getUnitId();
			}
			catch (BusinessRuleViolation violation) {
				FactForms.reject(result, violation, "confirmed", "date", "decision", "reason", "cash");
			}
		}
		model.addAttribute("award", award);
		return "facts/revoke";
	}

}
