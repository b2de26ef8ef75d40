package vn.thidua.cluster.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterManagement;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.Forms;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Opens a cluster's year and changes its members, leader and deputy while its pact is a
 * draft.
 */
@Controller
@RequestMapping("/clusters/{id}/years")
class YearController {

	private static final int MOST_MEMBERS = 200;

	private final ClusterManagement management;

	private final ClusterQueries queries;

	private final UnitCatalog units;

	private final Clock clock;

	YearController(ClusterManagement management, ClusterQueries queries, UnitCatalog units, Clock clock) {
		this.management = management;
		this.queries = queries;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * The next year, with last year's members proposed and the leader and deputy left to
	 * choose, as they rotate.
	 */
	@GetMapping("/new")
	String newForm(@PathVariable long id, CurrentUser user, Model model) {
		Cluster cluster = management.show(id, user);
		List<ClusterYear> years = queries.years(cluster);
		ClusterYear latest = years.stream().findFirst().orElse(null);
		int next = latest == null ? LocalDate.now(clock).getYear() : latest.getYear() + 1;
		model.addAttribute("yearForm", YearForm.next(next, latest, queries.unitsOf(years)));
		return form(cluster, null, model);
	}

	@PostMapping
	String open(@PathVariable long id, @Valid YearForm yearForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Forms.requireBound(result);
		Optional<Organisation> organisation = resolve(yearForm, result);
		if (organisation.isPresent()) {
			try {
				ClusterYear opened = management.openYear(id, yearForm.year(), organisation.get().members(),
						organisation.get().leader(), organisation.get().deputy(), user);
				Flash.success(redirect, "clusterYear.opened", opened.getYear());
				return "redirect:/clusters/" + id + "/years/" + opened.getYear() + "/pact";
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		return form(management.show(id, user), null, model);
	}

	@GetMapping("/{year}/edit")
	String editForm(@PathVariable long id, @PathVariable int year, CurrentUser user, Model model) {
		Cluster cluster = management.show(id, user);
		ClusterYear clusterYear = management.year(id, year, user);
		model.addAttribute("yearForm", YearForm.from(clusterYear, queries.unitsOf(List.of(clusterYear))));
		return form(cluster, clusterYear, model);
	}

	@PostMapping("/{year}")
	String organise(@PathVariable long id, @PathVariable int year, @Valid YearForm yearForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Forms.requireBound(result);
		ClusterYear clusterYear = management.year(id, year, user);
		Optional<Organisation> organisation = resolve(yearForm, result);
		if (organisation.isPresent()) {
			try {
				long version = yearForm.version() == null ? -1 : yearForm.version();
				management.organise(clusterYear.getId(), version, organisation.get().members(),
						organisation.get().leader(), organisation.get().deputy(), user);
				Flash.success(redirect, "clusterYear.organised", year);
				return "redirect:/clusters/" + id + "?year=" + year;
			}
			catch (BusinessRuleViolation violation) {
				reject(result, violation);
			}
		}
		return form(management.show(id, user), clusterYear, model);
	}

	private String form(Cluster cluster, @Nullable ClusterYear clusterYear, Model model) {
		model.addAttribute("cluster", cluster);
		model.addAttribute("clusterYear", clusterYear);
		return "clusters/year-form";
	}

	/**
	 * The members, leader and deputy of a valid form by their codes; empty with field
	 * errors otherwise.
	 */
	private Optional<Organisation> resolve(YearForm form, BindingResult result) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		List<String> codes = form.memberCodes();
		if (codes.size() > MOST_MEMBERS) {
			result.rejectValue("members", "clusterYear.members.tooMany", new Object[] { MOST_MEMBERS }, null);
			return Optional.empty();
		}
		Set<String> wanted = new HashSet<>(codes);
		wanted.add(form.leaderCode());
		if (form.deputyCode() != null) {
			wanted.add(form.deputyCode());
		}
		Map<String, UnitRow> found = units.findActiveByCodes(wanted);
		String unknown = codes.stream().filter(code -> !found.containsKey(code)).collect(Collectors.joining(", "));
		if (!unknown.isEmpty()) {
			result.rejectValue("members", "cluster.unit.notFound", new Object[] { unknown }, null);
		}
		// the form's own values: the binding result keeps a blank optional deputy as text
		Map<String, String> chosen = new java.util.LinkedHashMap<>();
		chosen.put("leaderCode", form.leaderCode());
		chosen.put("deputyCode", form.deputyCode());
		chosen.forEach((field, code) -> {
			if (code != null && !found.containsKey(code)) {
				result.rejectValue(field, "cluster.unit.notFound", new Object[] { code }, null);
			}
		});
		if (result.hasErrors()) {
			return Optional.empty();
		}
		Set<Long> members = codes.stream().map(code -> found.get(code).id()).collect(Collectors.toSet());
		Long deputy = form.deputyCode() == null ? null : found.get(form.deputyCode()).id();
		return Optional.of(new Organisation(members, found.get(form.leaderCode()).id(), deputy));
	}

	private static void reject(BindingResult result, BusinessRuleViolation violation) {
		Forms.reject(result, violation, key -> switch (key) {
			case "clusterYear.exists" -> "year";
			case "clusterYear.leader.notMember" -> "leaderCode";
			case "clusterYear.deputy.sameAsLeader" -> "deputyCode";
			default -> key.startsWith("clusterYear.member") ? "members" : null;
		});
	}

	private record Organisation(Set<Long> members, long leader, @Nullable Long deputy) {
	}

}
