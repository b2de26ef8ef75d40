package vn.thidua.cluster.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.ClusterManagement;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.Review;
import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.VietnameseDateFormatter;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;
import vn.thidua.shared.export.Exports;
import vn.thidua.shared.export.Rows;
import vn.thidua.shared.export.Table;
import vn.thidua.cluster.ClusterRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Clusters and blocks: the list, a new one, a cluster's page by year and a member's
 * results across years.
 */
@Controller
@RequestMapping("/clusters")
class ClusterController {

	private static final int PAGE_SIZE = 20;

	private final ClusterManagement management;

	private final ClusterQueries queries;

	private final ReviewWorkflow reviews;

	private final ClusterPages pages;

	private final UnitCatalog units;

	private final Exports exports;

	ClusterController(ClusterManagement management, ClusterQueries queries, ReviewWorkflow reviews, ClusterPages pages,
			UnitCatalog units, Exports exports) {
		this.management = management;
		this.queries = queries;
		this.reviews = reviews;
		this.pages = pages;
		this.units = units;
		this.exports = exports;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("clusters", queries.list(user, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "clusters/list";
	}

	@GetMapping("/export.{format:xlsx|pdf}")
	void export(@PathVariable String format, CurrentUser user, HttpServletResponse response) throws IOException {
		Table<ClusterRow> table = exports.<ClusterRow>table("clusters.title")
			.text("cluster.code", ClusterRow::code)
			.text("cluster.name", ClusterRow::name)
			.message("cluster.kind", row -> "ClusterKind." + row.kind())
			.text("cluster.supervisingUnit.column", ClusterRow::supervisingUnitName)
			.integer("cluster.latestYear", ClusterRow::latestYear)
			.text("cluster.leader.column", ClusterRow::leaderName)
			.integer("cluster.memberCount", ClusterRow::memberCount)
			.build();
		exports.download(format, "cum-khoi-thi-dua", table, Rows.pages(page -> queries.list(user, page)), response);
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model) {
		model.addAttribute("clusterForm", ClusterForm.empty(units.get(user.unitId()).code()));
		return form(user, model);
	}

	@PostMapping
	String create(@Valid ClusterForm clusterForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		if (!result.hasErrors()) {
			Optional<UnitRow> supervising = units.findActiveByCode(clusterForm.supervisingUnitCode());
			if (supervising.isEmpty()) {
				result.rejectValue("supervisingUnitCode", "cluster.unit.notFound",
						new Object[] { clusterForm.supervisingUnitCode() }, null);
			}
			else {
				try {
					Cluster cluster = management.create(clusterForm.code(), clusterForm.name(), clusterForm.kind(),
							supervising.get().id(), clusterForm.description(), user);
					Flash.success(redirect, "cluster.created", cluster.getName());
					return "redirect:/clusters/" + cluster.getId();
				}
				catch (BusinessRuleViolation violation) {
					Forms.reject(result, violation, key -> key.startsWith("cluster.code") ? "code"
							: key.startsWith("cluster.supervising") ? "supervisingUnitCode" : null);
				}
			}
		}
		return form(user, model);
	}

	/**
	 * A cluster and one of its years, the latest unless chosen.
	 */
	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year, CurrentUser user,
			Model model) {
		Cluster cluster = management.show(id, user);
		List<ClusterYear> years = queries.years(cluster);
		ClusterYear chosen = year == null ? years.stream().findFirst().orElse(null)
				: years.stream()
					.filter(candidate -> candidate.getYear() == year)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("clusterYear", id + "/" + year));
		Map<Long, UnitRow> names = queries.unitsOf(years);
		model.addAttribute("cluster", cluster);
		model.addAttribute("supervisingUnit", units.get(cluster.getSupervisingUnitId()));
		model.addAttribute("years", years);
		model.addAttribute("names", names);
		model.addAttribute("clusterYear", chosen);
		model.addAttribute("rights", management.rights(cluster, chosen, user));
		if (chosen != null) {
			model.addAttribute("members", ClusterPages.members(chosen, names));
			model.addAttribute("groups", ClusterPages.byGroup(chosen.getCriteria()));
			model.addAttribute("targets", ClusterPages.byId(pages.targetChoices(cluster)));
			model.addAttribute("reviews", queries.reviews(chosen));
			model.addAttribute("periods", ReviewPeriod.values());
		}
		return "clusters/show";
	}

	@PostMapping("/{id}/years/{year}/reviews")
	String openReview(@PathVariable long id, @PathVariable int year, @Valid ReviewForm reviewForm, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		Forms.requireBound(result);
		String back = "redirect:/clusters/" + id + "?year=" + year;
		if (result.hasErrors()) {
			Flash.error(redirect, "review.invalid");
			return back;
		}
		Flash.attempt(redirect, () -> {
			ClusterYear clusterYear = management.year(id, year, user);
			Review review = reviews.open(clusterYear.getId(), reviewForm.period(),
					VietnameseDateFormatter.parse(reviewForm.deadline()), user);
			return Flash.message("review.opened." + review.getPeriod(), reviewForm.deadline());
		});
		return back;
	}

	/**
	 * A member's total, rank and classification in every finalised review.
	 */
	@GetMapping("/{id}/members/{unitId}")
	String member(@PathVariable long id, @PathVariable long unitId, CurrentUser user, Model model) {
		Cluster cluster = management.show(id, user);
		if (queries.years(cluster).stream().noneMatch(year -> year.isMember(unitId))) {
			throw new NotFoundException("member", unitId);
		}
		model.addAttribute("cluster", cluster);
		model.addAttribute("unit", units.get(unitId));
		model.addAttribute("results", queries.history(cluster, unitId));
		return "clusters/member";
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("kinds", ClusterKind.values());
		return "clusters/form";
	}

}
