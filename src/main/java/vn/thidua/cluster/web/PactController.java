package vn.thidua.cluster.web;

import java.util.List;

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

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterManagement;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.Criterion;
import vn.thidua.cluster.CriterionKind;
import vn.thidua.cluster.PactStatus;
import vn.thidua.movement.TargetChoice;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The pact of a cluster's year: its criteria table and thresholds while a draft, then its
 * signing, after which it is only shown.
 */
@Controller
@RequestMapping("/clusters/{id}/years/{year}/pact")
class PactController {

	private final ClusterManagement management;

	private final ClusterQueries queries;

	private final ClusterPages pages;

	PactController(ClusterManagement management, ClusterQueries queries, ClusterPages pages) {
		this.management = management;
		this.queries = queries;
		this.pages = pages;
	}

	@GetMapping
	String pact(@PathVariable long id, @PathVariable int year, CurrentUser user, Model model) {
		return page(id, year, user, model);
	}

	@PostMapping("/criteria")
	String addCriterion(@PathVariable long id, @PathVariable int year, @Valid CriterionForm criterionForm,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				management.addCriterion(yearId(id, year, user), criterionForm.version(), criterionForm.definition(),
						user);
				Flash.success(redirect, "criterion.added", criterionForm.name());
				return redirect(id, year);
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation, key -> key.startsWith("criterion.maxPoints") ? "maxPoints"
						: key.startsWith("criterion.target") ? "targetId" : null);
			}
		}
		return page(id, year, user, model);
	}

	@PostMapping("/criteria/{criterionId}/delete")
	String removeCriterion(@PathVariable long id, @PathVariable int year, @PathVariable long criterionId,
			@RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "criterion.removed",
				() -> management.removeCriterion(yearId(id, year, user), version, criterionId, user));
		return redirect(id, year);
	}

	@PostMapping("/copy")
	String copyLastYear(@PathVariable long id, @PathVariable int year, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, () -> {
			management.copyLastYear(yearId(id, year, user), version, user);
			return Flash.message("pact.copied", year - 1);
		});
		return redirect(id, year);
	}

	@PostMapping("/thresholds")
	String thresholds(@PathVariable long id, @PathVariable int year, @Valid ThresholdsForm thresholdsForm,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				management.setThresholds(yearId(id, year, user), thresholdsForm.version(), thresholdsForm.thresholds(),
						user);
				Flash.success(redirect, "pact.thresholds.saved");
				return redirect(id, year);
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation);
			}
		}
		return page(id, year, user, model);
	}

	@PostMapping("/sign")
	String sign(@PathVariable long id, @PathVariable int year, @Valid SignForm signForm, BindingResult result,
			@RequestParam(required = false) @Nullable MultipartFile file, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			try {
				management.sign(yearId(id, year, user), signForm.version(),
						VietnameseDateFormatter.parse(signForm.signedOn()), signForm.documentNumber(), file, user);
				Flash.success(redirect, "pact.signedFlash", year);
				return redirect(id, year);
			}
			catch (BusinessRuleViolation violation) {
				Forms.reject(result, violation, key -> key.equals("pact.sign.wrongYear") ? "signedOn" : null);
			}
		}
		return page(id, year, user, model);
	}

	@GetMapping("/document")
	ResponseEntity<StreamingResponseBody> document(@PathVariable long id, @PathVariable int year, CurrentUser user) {
		return management.pactDocument(id, year, user);
	}

	private String page(long id, int year, CurrentUser user, Model model) {
		Cluster cluster = management.show(id, user);
		ClusterYear clusterYear = management.year(id, year, user);
		boolean editable = management.rights(cluster, clusterYear, user).supervise()
				&& clusterYear.getPactStatus() == PactStatus.DRAFT;
		List<TargetChoice> choices = pages.targetChoices(cluster);
		List<Criterion> criteria = clusterYear.getCriteria();
		model.addAttribute("cluster", cluster);
		model.addAttribute("clusterYear", clusterYear);
		model.addAttribute("editable", editable);
		model.addAttribute("groups", ClusterPages.byGroup(criteria));
		model.addAttribute("targets", ClusterPages.byId(choices));
		model.addAttribute("targetChoices", choices);
		model.addAttribute("criterionKinds", CriterionKind.values());
		model.addAttribute("hasPreviousYear",
				editable && queries.years(cluster).stream().anyMatch(other -> other.getYear() == year - 1));
		String lastGroup = criteria.isEmpty() ? null : criteria.getLast().getGroupName();
		if (!model.containsAttribute("criterionForm")) {
			model.addAttribute("criterionForm", CriterionForm.empty(lastGroup, clusterYear.getVersion()));
		}
		if (!model.containsAttribute("thresholdsForm")) {
			model.addAttribute("thresholdsForm", ThresholdsForm.from(clusterYear));
		}
		if (!model.containsAttribute("signForm")) {
			model.addAttribute("signForm", SignForm.empty(clusterYear.getVersion()));
		}
		return "clusters/pact";
	}

	private long yearId(long id, int year, CurrentUser user) {
		return management.year(id, year, user).getId();
	}

	private static String redirect(long id, int year) {
		return "redirect:/clusters/" + id + "/years/" + year + "/pact";
	}

}
