package vn.thidua.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.dashboard.Dashboard;
import vn.thidua.dashboard.DueSection;
import vn.thidua.dashboard.HomePage;
import vn.thidua.shared.security.CurrentUser;

/**
 * The home page with the user's due work, and each section in full.
 */
@Controller
class HomeController {

	private final Dashboard dashboard;

	HomeController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		HomePage page = dashboard.homePage(user);
		model.addAttribute("unit", page.unit());
		model.addAttribute("sections", page.sections());
		model.addAttribute("ownProposals", page.ownProposals());
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
