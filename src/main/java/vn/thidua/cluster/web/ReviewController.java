package vn.thidua.cluster.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.cluster.Criterion;
import vn.thidua.cluster.ProposalKind;
import vn.thidua.cluster.ReviewScore;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.UnitNames;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;

/**
 * A review of a cluster's year: members assess themselves, the leader scores the grid
 * cell by cell (htmx) or all at once (without JavaScript), returns self-assessments,
 * finalises and proposes; a supervising officer reopens. Typed values come back as typed
 * when they cannot be saved.
 */
@Controller
@RequestMapping("/reviews/{id}")
class ReviewController {

	/** The longest reason the leader may give, for a score or for returning. */
	private static final int MAX_TEXT = 1000;

	private static final String TOO_LONG = "text.tooLong";

	private static final Object[] NO_ARGS = {};

	private static final String STALE = "review.cell.stale";

	private static final String REQUIRED = "review.points.required";

	/** Points are kept with two decimals at most. */
	private static final String DECIMALS = "review.points.decimals";

	private final ReviewWorkflow workflow;

	private final ReviewPages pages;

	ReviewController(ReviewWorkflow workflow, ReviewPages pages) {
		this.workflow = workflow;
		this.pages = pages;
	}

	@GetMapping
	String show(@PathVariable long id, CurrentUser user, Model model) {
		return showPage(pages.load(id, user), model);
	}

	/**
	 * The self-assessment of the user's unit on a page of its own, for the leader whose
	 * review page is the grid.
	 */
	@GetMapping("/self-assessment")
	String selfAssessment(@PathVariable long id, CurrentUser user, Model model) {
		ReviewPage view = pages.load(id, user);
		requireMember(view);
		return selfPage(view, model);
	}

	/**
	 * Saves the user's unit's self-assessment, all of it or nothing: points that cannot
	 * be read or that the criterion refuses, evidence over its limit or evidence without
	 * points come back next to their fields, and nothing is stored.
	 */
	@PostMapping("/self-assessment")
	String selfAssess(@PathVariable long id, @Valid SelfAssessmentForm selfAssessmentForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		ReviewPage view = pages.load(id, user);
		requireMember(view);
		List<Criterion> criteria = view.getCriteria();
		List<SelfAssessmentForm.Row> rows = selfAssessmentForm.matching(criteria);
		Map<Long, BigDecimal> points = new HashMap<>();
		Map<Long, String> evidence = new HashMap<>();
		for (int i = 0; i < criteria.size(); i++) {
			Criterion criterion = criteria.get(i);
			SelfAssessmentForm.Row row = rows.get(i);
			String field = "rows[" + i + "].points";
			Problem problem = row.points() == null ? (row.evidence() == null ? null : new Problem(REQUIRED))
					: unreadable(row.points());
			if (row.points() != null && problem == null) {
				BigDecimal value = VietnameseNumbers.parse(row.points()).orElseThrow();
				try {
					criterion.check(value);
					points.put(criterion.getId(), value);
					if (row.evidence() != null) {
						evidence.put(criterion.getId(), row.evidence());
					}
				}
				catch (BusinessRuleViolation violation) {
					problem = new Problem(violation.messageKey(), violation.args());
				}
			}
			if (problem != null) {
				result.rejectValue(field, problem.messageKey(), problem.args(), null);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("selfErrors", true);
		}
		else if (points.isEmpty()) {
			model.addAttribute("formError", new BusinessRuleViolation("review.self.empty"));
		}
		else {
			try {
				workflow.selfAssess(id, user.unitId(), points, evidence, user);
				Flash.success(redirect, "review.self.saved");
				return "redirect:/reviews/" + id + (view.getRights().lead() ? "/self-assessment" : "");
			}
			catch (BusinessRuleViolation violation) {
				model.addAttribute("formError", violation);
			}
		}
		return view.getRights().lead() ? selfPage(view, model) : showPage(view, model);
	}

	/**
	 * Saves one cell of the grid and answers with the cell again — its new version and a
	 * saved mark, or the value as typed with why it was not saved — and, out of band, the
	 * ranking, the heat map and the count of cells left as they now stand.
	 */
	@PostMapping("/scores")
	String scoreCell(@PathVariable long id, @RequestParam long unitId, @RequestParam long criterionId,
			@RequestParam(required = false) @Nullable String points,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version, CurrentUser user, Model model) {
		requireLeader(pages.load(id, user));
		CellEntry entry = CellEntry.of(unitId, criterionId, points, reason, version);
		Problem problem = save(id, entry, user);
		ReviewPage view = pages.load(id, user);
		model.addAttribute("cell", shown(view, entry, problem));
		model.addAttribute("view", view);
		return "reviews/_cell :: saved";
	}

	/**
	 * The whole grid at once, as a browser without JavaScript posts it. Each changed cell
	 * is saved on its own: the valid ones are kept, the others come back as typed with
	 * their errors.
	 */
	@PostMapping("/grid")
	String saveGrid(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		ReviewPage before = pages.load(id, user);
		requireLeader(before);
		List<CellEntry> entries = CellEntry.readAll(form);
		Map<CellEntry, Problem> failed = new LinkedHashMap<>();
		int saved = 0;
		for (CellEntry entry : entries) {
			if (before.unchanged(entry)) {
				continue;
			}
			Problem problem = save(id, entry, user);
			if (problem == null) {
				saved++;
			}
			else {
				failed.put(entry, problem);
			}
		}
		if (failed.isEmpty()) {
			Flash.success(redirect, "review.grid.saved", saved);
			return "redirect:/reviews/" + id;
		}
		ReviewPage after = pages.load(id, user);
		failed.forEach((entry, problem) -> after.show(shown(after, entry, problem)));
		model.addAttribute("gridErrors", new int[] { saved, failed.size() });
		return showPage(after, model);
	}

	@PostMapping("/self-assessments/return")
	String giveBack(@PathVariable long id, @RequestParam long unitId, @RequestParam long criterionId,
			@RequestParam(required = false) @Nullable String reason, CurrentUser user, RedirectAttributes redirect) {
		ReviewPage view = pages.load(id, user);
		requireLeader(view);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why == null) {
			Flash.error(redirect, "review.return.reasonRequired");
			return "redirect:/reviews/" + id;
		}
		if (why.length() > MAX_TEXT) {
			Flash.error(redirect, TOO_LONG, MAX_TEXT);
			return "redirect:/reviews/" + id;
		}
		return done(id, redirect, "review.returned", () -> {
			workflow.returnSelfAssessment(id, unitId, criterionId, why, user);
			return new Object[] { UnitNames.inSentence(view.unit(unitId).name(), LocaleContextHolder.getLocale()),
					view.criterion(criterionId).getName() };
		});
	}

	@PostMapping("/finalise")
	String finalise(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, CurrentUser user, RedirectAttributes redirect) {
		return done(id, redirect, "review.finalised", () -> {
			workflow.finalise(id, version, confirmed, user);
			return NO_ARGS;
		});
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		return done(id, redirect, "review.reopened", () -> {
			workflow.reopen(id, version, user);
			return NO_ARGS;
		});
	}

	@PostMapping("/proposals")
	String propose(@PathVariable long id, @RequestParam long unitId, @RequestParam ProposalKind kind, CurrentUser user,
			RedirectAttributes redirect) {
		return done(id, redirect, "review.proposed", () -> {
			workflow.propose(id, unitId, kind, user);
			return new Object[] {
					UnitNames.inSentence(pages.load(id, user).unit(unitId).name(), LocaleContextHolder.getLocale()),
					new DefaultMessageSourceResolvable("ProposalKind." + kind) };
		}) + "#ranking";
	}

	/**
	 * Runs an act on the review and goes back to it, saying what was done (the act gives
	 * the message's arguments) or why it was refused.
	 */
	private static String done(long id, RedirectAttributes redirect, String doneKey, Supplier<Object[]> act) {
		Flash.attempt(redirect, () -> Flash.message(doneKey, act.get()));
		return "redirect:/reviews/" + id;
	}

	/**
	 * Saves one cell; null when saved, else why not. A cell someone else saved since the
	 * leader saw it is not overwritten.
	 */
	private @Nullable Problem save(long reviewId, CellEntry entry, CurrentUser user) {
		if (entry.reason() != null && entry.reason().length() > MAX_TEXT) {
			return new Problem(TOO_LONG, MAX_TEXT);
		}
		if (entry.points().isEmpty()) {
			return new Problem(REQUIRED);
		}
		Problem unreadable = unreadable(entry.points());
		if (unreadable != null) {
			return unreadable;
		}
		BigDecimal points = VietnameseNumbers.parse(entry.points()).orElseThrow();
		try {
			workflow.score(reviewId, entry.unitId(), entry.criterionId(), points, entry.reason(), entry.version(),
					user);
			return null;
		}
		catch (StaleEditException | OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			return new Problem(STALE);
		}
		catch (BusinessRuleViolation violation) {
			return new Problem(violation.messageKey(), violation.args());
		}
	}

	/**
	 * The cell as it shows after a save: fresh and marked when saved; else as typed with
	 * its problem — and, when someone else saved it meanwhile, with their value and their
	 * version, so that saving again knowingly replaces it.
	 */
	private static ScoreCell shown(ReviewPage view, CellEntry entry, @Nullable Problem problem) {
		ScoreCell fresh = view.cell(entry.unitId(), entry.criterionId());
		if (problem == null) {
			return fresh.savedNow();
		}
		if (STALE.equals(problem.messageKey())) {
			ReviewScore theirs = view.score(entry.unitId(), entry.criterionId());
			String value = theirs == null ? "" : VietnameseNumbers.format(theirs.getPoints());
			return fresh.typed(entry.points(), entry.reason(), theirs == null ? null : theirs.getVersion(),
					new Problem(STALE, value));
		}
		return fresh.typed(entry.points(), entry.reason(), entry.version(), problem);
	}

	private String showPage(ReviewPage view, Model model) {
		model.addAttribute("view", view);
		if (view.getRights().member() && !model.containsAttribute("selfAssessmentForm")) {
			model.addAttribute("selfAssessmentForm", SelfAssessmentForm.of(view));
		}
		return "reviews/show";
	}

	private String selfPage(ReviewPage view, Model model) {
		model.addAttribute("view", view);
		if (!model.containsAttribute("selfAssessmentForm")) {
			model.addAttribute("selfAssessmentForm", SelfAssessmentForm.of(view));
		}
		return "reviews/self-assessment";
	}

	private static void requireMember(ReviewPage view) {
		if (!view.getRights().member()) {
			throw new AccessDeniedException("Members assess only themselves");
		}
	}

	private static void requireLeader(ReviewPage view) {
		if (!view.getRights().lead()) {
			throw new AccessDeniedException("Only the year's leader scores");
		}
	}

	/**
	 * Why a typed value is not a number of points — not a number written the Vietnamese
	 * way, or with more than two decimals — or null when it is one.
	 */
	private static @Nullable Problem unreadable(String typed) {
		Optional<BigDecimal> points = VietnameseNumbers.parse(typed);
		if (points.isEmpty()) {
			return new Problem("number.invalid");
		}
		return points.get().stripTrailingZeros().scale() > 2 ? new Problem(DECIMALS) : null;
	}

}
