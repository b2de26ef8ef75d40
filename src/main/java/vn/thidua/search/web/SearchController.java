package vn.thidua.search.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.search.Search;
import vn.thidua.search.SearchKind;
import vn.thidua.shared.security.CurrentUser;

@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable SearchKind only, CurrentUser user, Model model) {
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("only", only);
		model.addAttribute("minLength", Search.MIN_LENGTH);
		if (q != null && Search.searchable(q)) {
			model.addAttribute("results", search.find(q, only, user));
		}
		return "search/results";
	}

}
