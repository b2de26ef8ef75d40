package vn.thidua.proposal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.PersonRow;
import vn.thidua.proposal.DecisionDocuments;
import vn.thidua.proposal.DocumentKind;
import vn.thidua.proposal.LineExplanations;
import vn.thidua.proposal.NewProposal;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.proposal.ProposalHeader;
import vn.thidua.proposal.Decisions;
import vn.thidua.proposal.DecisionSigning;
import vn.thidua.proposal.ProposalPage;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.proposal.ProposalRow;
import vn.thidua.proposal.ProposalStatus;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Rows;
import vn.thidua.shared.export.Table;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The proposing unit's pages: the list of proposals, a new one, a proposal with its lines
 * and dossier, adding nominations and submitting.
 */
@Controller
@RequestMapping("/proposals")
class ProposalController {

	private final ProposalDrafting drafting;

	private final ProposalQueries queries;

	private final AwardQueries people;

	private final AwardCatalog catalog;

	private final UnitCatalog units;

	private final Exports exports;

	private final Clock clock;

	private final LineExplanations explanations;

	private final Decisions decisions;

	private final DecisionDocuments documents;

	private final DecisionSigning signing;

	ProposalController(ProposalDrafting drafting, ProposalQueries queries, AwardQueries people, AwardCatalog catalog,
			UnitCatalog units, Exports exports, Clock clock, LineExplanations explanations, Decisions decisions,
			DecisionDocuments documents, DecisionSigning signing) {
		this.decisions = decisions;
		this.explanations = explanations;
		this.documents = documents;
		this.signing = signing;
		this.drafting = drafting;
		this.queries = queries;
		this.people = people;
		this.catalog = catalog;
		this.units = units;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable ProposalStatus status,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = "false") boolean awaiting, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		List<ProposalRow> rows = queries.list(status, year, awaiting, Math.max(page, 0), user);
		boolean more = rows.size() > ProposalQueries.PAGE_SIZE;
		model.addAttribute("rows", more ? rows.subList(0, ProposalQueries.PAGE_SIZE) : rows);
		model.addAttribute("more", more);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("awaiting", awaiting);
		model.addAttribute("statuses", ProposalStatus.values());
		return "proposals/list";
	}

	@GetMapping("/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable ProposalStatus status,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = "false") boolean awaiting, CurrentUser user, HttpServletResponse response)
			throws IOException {
		Table<ProposalRow> table = exports.<ProposalRow>table("proposals.title")
			.noteMessage("proposal.status", status == null ? null : "ProposalStatus." + status)
			.note("movements.year", year)
			.noteMessage("proposals.awaiting", awaiting ? "export.yes" : null)
			.text("proposal.title", ProposalRow::title)
			.integer("movements.year", ProposalRow::year)
			.message("proposal.kind", row -> "AwardKind." + row.kind())
			.text("proposal.proposingUnit", ProposalRow::proposingUnit)
			.text("proposal.decidingUnit", ProposalRow::decidingUnit)
			.integer("proposal.lines", ProposalRow::lineCount)
			.date("proposal.receivedOn", ProposalRow::receivedOn)
			.message("proposal.status", row -> "ProposalStatus." + row.status())
			.text("proposal.decisionNumber", ProposalRow::decisionNumber)
			.build();
		exports.download(format, "to-trinh-khen-thuong", table,
				Rows.pagesPlusOne(page -> queries.list(status, year, awaiting, page, user), ProposalQueries.PAGE_SIZE),
				response);
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model) {
		model.addAttribute("proposalForm",
				new ProposalForm("", LocalDate.now(clock).getYear() - 1, AwardKind.MERIT, user.unitId(), null));
		return form(user, model);
	}

	@PostMapping
	String create(@Valid ProposalForm proposalForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				Proposal proposal = drafting.create(new NewProposal(proposalForm.title(), proposalForm.year(),
						proposalForm.kind(), proposalForm.decidingUnitId(), proposalForm.movementCode()), user);
				Flash.success(redirect, "proposal.created", proposal.getTitle());
				return "redirect:/proposals/" + proposal.getId();
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation, key -> key.startsWith("proposal.movement") ? "movementCode" : "title");
			}
		}
		return form(user, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
		ProposalPage page = queries.page(id, user);
		model.addAttribute("p", page);
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("explained", explanations.explain(page, locale));
		if (page.can("ISSUE") || page.can("FORWARD_UPWARD")) {
			model.addAttribute("defaults", decisions.issueDefaults(page.decidingUnit().id()));
		}
		ProposalStatus status = page.proposal().getStatus();
		if ((status == ProposalStatus.ISSUED || status == ProposalStatus.AWARDED) && !page.proposal().isUpward()) {
			model.addAttribute("blanksMissing", documents.typesWithoutBlankLayout(id, user));
		}
		model.addAttribute("signingConfigured", signing.configured(page.decidingUnit()));
		return "proposals/show";
	}

	/**
	 * The picker: people (or, for collective awards, units) of the proposing unit to add.
	 */
	@GetMapping("/{id}/add")
	String picker(@PathVariable long id, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		ProposalHeader proposal = queries.header(id, user);
		List<PersonRow> found = people.people(proposal.proposal().getProposingUnitId(), q, Math.max(page, 0));
		boolean more = found.size() > AwardQueries.PAGE_SIZE;
		model.addAttribute("p", proposal);
		model.addAttribute("people", more ? found.subList(0, AwardQueries.PAGE_SIZE) : found);
		model.addAttribute("more", more);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("q", q);
		model.addAttribute("units", units.activeSubtree(proposal.proposingUnit(), 200));
		model.addAttribute("types", catalog.types());
		model.addAttribute("rankings", proposal.editable() ? drafting.rankingOffers(id, user) : List.of());
		return "proposals/add";
	}

	@PostMapping("/{id}/people")
	String addPeople(@PathVariable long id, @Valid LinesForm linesForm, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Flash.attempt(redirect, () -> {
				int added = drafting.addPeople(id, linesForm.version(), linesForm.ids(), linesForm.awardType(),
						linesForm.achievement(), user);
				return Flash.message("proposal.linesAdded", added);
			});
		}
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/{id}/units")
	String addUnits(@PathVariable long id, @Valid LinesForm linesForm, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Flash.attempt(redirect, () -> {
				int added = drafting.addUnits(id, linesForm.version(), linesForm.ids(), linesForm.awardType(),
						linesForm.achievement(), user);
				return Flash.message("proposal.linesAdded", added);
			});
		}
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/{id}/lines/{lineId}")
	String revise(@PathVariable long id, @PathVariable long lineId, @Valid LineForm lineForm, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Flash.attempt(redirect, "proposal.lineRevised", () -> drafting.reviseLine(lineId, lineForm.version(),
					lineForm.achievement(), lineForm.warningReason(), user));
		}
		return "redirect:/proposals/" + id + "#line-" + lineId;
	}

	@PostMapping("/{id}/lines/{lineId}/delete")
	String removeLine(@PathVariable long id, @PathVariable long lineId, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.lineRemoved", () -> drafting.removeLine(lineId, user));
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/{id}/documents")
	String attach(@PathVariable long id, @RequestParam DocumentKind kind,
			@RequestParam(required = false) @Nullable Long lineId, @RequestParam MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.documentAdded", () -> drafting.attach(id, kind, lineId, file, user));
		return "redirect:/proposals/" + id + "#dossier";
	}

	@PostMapping("/{id}/documents/{documentId}/delete")
	String removeDocument(@PathVariable long id, @PathVariable long documentId, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.documentRemoved", () -> drafting.removeDocument(id, documentId, user));
		return "redirect:/proposals/" + id + "#dossier";
	}

	@PostMapping("/{id}/council")
	String council(@PathVariable long id, @Valid CouncilForm councilForm, BindingResult result,
			@RequestParam MultipartFile file, CurrentUser user, RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Flash.attempt(redirect, "proposal.councilRecorded", () -> drafting.recordCouncil(id, councilForm.version(),
					councilForm.members(), councilForm.present(), councilForm.agree(), file, user));
		}
		return "redirect:/proposals/" + id + "#dossier";
	}

	@GetMapping("/{id}/documents/{attachmentId}")
	ResponseEntity<StreamingResponseBody> document(@PathVariable long id, @PathVariable long attachmentId,
			CurrentUser user) {
		return queries.document(id, attachmentId, user);
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.submitted", () -> drafting.submit(id, version, user));
		return "redirect:/proposals/" + id;
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("kinds", AwardKind.values());
		model.addAttribute("decidingUnits", units.ancestorsAndSelf(user.unitId()));
		return "proposals/form";
	}

}
