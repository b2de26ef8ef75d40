package vn.thidua.movement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.ReportingFrequency;
import vn.thidua.movement.StepRecord;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Rows;
import vn.thidua.shared.export.Table;
import vn.thidua.movement.MovementRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@Controller
@RequestMapping("/movements")
class MovementController {

	private static final int PAGE_SIZE = 20;

	/**
	 * The field a refusal of the service belongs to, by the start of its message key.
	 */
	private static final List<Map.Entry<String, String>> FIELDS_BY_PREFIX = List.of(Map.entry("movement.code", "code"),
			Map.entry("movement.leadUnit", "leadUnitCode"), Map.entry("movement.standingUnit", "standingUnitCode"),
			Map.entry("movement.parent", "parentCode"), Map.entry("movement.launchingUnit", "launchingUnitCode"),
			Map.entry("movement.end", "endDate"), Map.entry("movement.registration", "registrationDeadline"));

	private final MovementManagement management;

	private final MovementQueries queries;

	private final UnitCatalog units;

	private final Exports exports;

	private final Clock clock;

	MovementController(MovementManagement management, MovementQueries queries, UnitCatalog units, Exports exports,
			Clock clock) {
		this.management = management;
		this.queries = queries;
		this.units = units;
		this.exports = exports;
		this.clock = clock;
	}

	@ModelAttribute("statuses")
	MovementStatus[] statuses() {
		return MovementStatus.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable MovementStatus status,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("movements",
				queries.list(user, q, status, year, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "movements/list";
	}

	@GetMapping("/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable MovementStatus status,
			@RequestParam(required = false) @Nullable Integer year, CurrentUser user, HttpServletResponse response)
			throws IOException {
		Table<MovementRow> table = exports.<MovementRow>table("movements.title")
			.note("movements.search", q)
			.noteMessage("movement.status", status == null ? null : "MovementStatus." + status)
			.note("movements.year", year)
			.text("movement.code", MovementRow::code)
			.text("movement.name", MovementRow::name)
			.message("movement.kind", row -> "MovementKind." + row.kind())
			.text("movement.authority", MovementRow::authority)
			.text("movement.launchingUnit", MovementRow::launchingUnitName)
			.text("movement.leadUnit", MovementRow::leadUnitName)
			.text("movement.planNumber", MovementRow::planNumber)
			.date("movement.planDate", MovementRow::planDate)
			.date("movement.startDate", MovementRow::startDate)
			.date("movement.endDate", MovementRow::endDate)
			.integer("movement.participants", MovementRow::participantCount)
			.message("movement.status", row -> "MovementStatus." + row.status())
			.build();
		exports.download(format, "phong-trao-thi-dua", table,
				Rows.pages(page -> queries.list(user, q, status, year, page)), response);
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model) {
		UnitRow unit = units.get(user.unitId());
		model.addAttribute("movementForm", MovementForm.empty(unit.code(), unit.name(), LocalDate.now(clock)));
		return form(user, model);
	}

	@PostMapping
	String create(@Valid MovementForm movementForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		Optional<MovementDraft> draft = toDraft(movementForm, result, user);
		if (draft.isPresent()) {
			try {
				Movement movement = management.create(draft.get(), user);
				Flash.success(redirect, "movement.created", movement.getName());
				return "redirect:/movements/" + movement.getId() + "/targets";
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		return form(user, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, CurrentUser user, Model model) {
		Movement movement = management.show(id, user);
		model.addAttribute("movement", movement);
		model.addAttribute("movementForm",
				MovementForm.from(movement, code(movement.getLaunchingUnitId()), parentCode(movement),
						code(movement.getLeadUnitId()),
						movement.getStandingUnitId() == null ? null : code(movement.getStandingUnitId())));
		return form(user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid MovementForm movementForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		Optional<MovementDraft> draft = toDraft(movementForm, result, user);
		if (draft.isPresent()) {
			try {
				long version = movementForm.version() == null ? -1 : movementForm.version();
				Movement movement = management.update(id, version, draft.get(), user);
				Flash.success(redirect, "movement.updated", movement.getName());
				return "redirect:/movements/" + id;
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		model.addAttribute("movement", management.show(id, user));
		return form(user, model);
	}

	/**
	 * Records one step, named in the address: a form posted for one step never records
	 * another. The service refuses it unless confirmed.
	 */
	@PostMapping("/{id}/steps/{step:LAUNCHED|MID_TERM_REVIEWED|FINAL_REVIEWED|CLOSED}")
	String advance(@PathVariable long id, @PathVariable MovementStatus step, @Valid StepForm stepForm,
			BindingResult result, @RequestParam(required = false) @Nullable MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (result.hasErrors()) {
			Flash.error(redirect, "movement.step.invalid");
			return "redirect:/movements/" + id;
		}
		Flash.attempt(redirect, () -> {
			Movement movement = management.advance(id, stepForm.version(), step,
					new StepRecord(VietnameseDateFormatter.parse(stepForm.takenOn()), stepForm.documentNumber(), null,
							stepForm.note()),
					file, stepForm.isConfirmed(), user);
			return Flash.message("movement.step." + movement.getStatus(), movement.getName());
		});
		return "redirect:/movements/" + id;
	}

	/**
	 * Withdraws the last step, recorded by mistake (same office, same day).
	 */
	@PostMapping("/{id}/steps/withdraw")
	String withdrawStep(@PathVariable long id, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, () -> {
			Movement movement = management.withdrawLastStep(id, version, user);
			return Flash.message("movement.withdraw.done", movement.getName());
		});
		return "redirect:/movements/" + id;
	}

	@PostMapping("/{id}/plan-file")
	String attachPlan(@PathVariable long id, @RequestParam long version, @RequestParam MultipartFile file,
			CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "movement.planAttached", () -> management.attachPlan(id, version, file, user));
		return "redirect:/movements/" + id;
	}

	@GetMapping("/{id}/documents/{attachmentId}")
	ResponseEntity<StreamingResponseBody> document(@PathVariable long id, @PathVariable long attachmentId,
			CurrentUser user) {
		return management.document(id, attachmentId, user);
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, () -> {
			management.register(id, user);
			return Flash.message("participant.registered", units.get(user.unitId()).name());
		});
		return "redirect:/movements/" + id;
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("kinds", MovementKind.values());
		model.addAttribute("frequencies", ReportingFrequency.values());
		return "movements/form";
	}

	/**
	 * The draft of a valid form, its unit and movement codes resolved; empty with field
	 * errors otherwise. Every check that can run does, whatever the others found: unknown
	 * units and dates out of order show beside the missing values, not one try later.
	 */
	private Optional<MovementDraft> toDraft(MovementForm form, BindingResult result, CurrentUser user) {
		Long launching = unitId(form.launchingUnitCode(), "launchingUnitCode", result);
		Long lead = unitId(form.leadUnitCode(), "leadUnitCode", result);
		Long standing = unitId(form.standingUnitCode(), "standingUnitCode", result);
		Long parent = null;
		if (form.parentCode() != null && !result.hasFieldErrors("parentCode")) {
			parent = queries.findIdByCode(form.parentCode()).orElse(null);
			if (parent == null) {
				result.rejectValue("parentCode", "movement.parent.notFound");
			}
		}
		if (!result.hasFieldErrors("startDate") && !result.hasFieldErrors("endDate")
				&& !result.hasFieldErrors("registrationDeadline")) {
			MovementDraft
				.dateProblems(VietnameseDateFormatter.parse(form.startDate()),
						VietnameseDateFormatter.parse(form.endDate()), MovementForm.date(form.registrationDeadline()))
				.forEach(problem -> reject(result, problem));
		}
		if (result.hasErrors() || launching == null || lead == null) {
			return Optional.empty();
		}
		return Optional.of(new MovementDraft(form.code(), launching, form.authority(), parent, form.kind(),
				form.planNumber(), MovementForm.date(form.planDate()), VietnameseDateFormatter.parse(form.startDate()),
				form.reporting(), form.reportDueDays(), form.name(), VietnameseDateFormatter.parse(form.endDate()),
				lead, standing, form.content(), form.goals(), MovementForm.date(form.registrationDeadline())));
	}

	/**
	 * The active unit of the code, unless the field is empty or already wrong.
	 */
	private @Nullable Long unitId(@Nullable String code, String field, BindingResult result) {
		if (code == null || code.isBlank() || result.hasFieldErrors(field)) {
			return null;
		}
		Optional<UnitRow> unit = units.findActiveByCode(code);
		if (unit.isEmpty()) {
			result.rejectValue(field, "movement.unit.notFound", new Object[] { code }, null);
			return null;
		}
		return unit.get().id();
	}

	private String code(long unitId) {
		return units.get(unitId).code();
	}

	private @Nullable String parentCode(Movement movement) {
		return movement.getParentId() == null ? null : queries.row(movement.getParentId()).code();
	}

	/**
	 * Shows each problem of a refusal beside the field it concerns, or above the form.
	 */
	private static void reject(BindingResult result, BusinessRuleViolation violation) {
		Forms.reject(result, violation,
				key -> FIELDS_BY_PREFIX.stream()
					.filter(entry -> key.startsWith(entry.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(null));
	}

}
