package vn.thidua.account.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

@Controller
class LoginController {

	private final UnitCatalog units;

	LoginController(UnitCatalog units) {
		this.units = units;
	}

	@GetMapping("/login")
	String login() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		return "login";
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		model.addAttribute("unit", units.get(user.unitId()));
		return "home";
	}

}
