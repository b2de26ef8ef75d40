package vn.thidua.unit.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The unit import lives with the other imports now; old links lead there.
 */
@Controller
class UnitImportController {

	@GetMapping("/units/import")
	String form() {
		return "redirect:/imports/units";
	}

}
