package vn.thidua.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.dashboard.Dashboard;
import vn.thidua.dashboard.DueSection;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * The home page with the user's due work, and each section in full.
 */
@Controller
class HomeController {

	private final Dashboard dashboard;

	/** Proposals of the user's unit the home page lists. */
	static final int OWN_PROPOSALS = 10;

	private final UnitCatalog units;

	private final ProposalQueries proposals;

	HomeController(Dashboard dashboard, UnitCatalog units, ProposalQueries proposals) {
		this.dashboard = dashboard;
		this.units = units;
		this.proposals = proposals;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		model.addAttribute("unit", units.get(user.unitId()));
		model.addAttribute("sections", dashboard.home(user));
		model.addAttribute("ownProposals", proposals.ownInProgress(OWN_PROPOSALS, user));
		return "dashboard/home";
	}

	@GetMapping("/due/{section}")
	String section(@PathVariable DueSection section, @RequestParam(defaultValue = "0") int page, CurrentUser user,
			Model model) {
		model.addAttribute("section", section);
		model.addAttribute("lines", dashboard.section(user, section, page));
		return "dashboard/section";
	}

}
