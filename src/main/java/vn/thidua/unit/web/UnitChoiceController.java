package vn.thidua.unit.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitChoice;
import vn.thidua.unit.UnitChoices;

/**
 * What the unit picker (fragments/forms :: unitField, static/js/app.js) asks while a user
 * types or browses: units of the user's scope as JSON.
 */
@Controller
class UnitChoiceController {

	private final UnitChoices choices;

	UnitChoiceController(UnitChoices choices) {
		this.choices = choices;
	}

	/**
	 * {@code q}: units whose name contains the words typed; {@code parent}: the units
	 * below one; {@code codes}: the units with these codes (to show a chosen unit by
	 * name); nothing: the user's own unit, the top of the tree they may browse.
	 */
	@GetMapping("/units/choices")
	ResponseEntity<Choices> choices(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long parent,
			@RequestParam(required = false) @Nullable String codes, CurrentUser user) {
		Choices answer;
		if (q != null && !q.isBlank()) {
			answer = new Choices(null, choices.search(q, user));
		}
		else if (parent != null) {
			answer = new Choices(parent, choices.children(parent, user));
		}
		else if (codes != null && !codes.isBlank()) {
			answer = new Choices(null,
					choices.byCodes(Arrays.stream(codes.split("[,;\\s]+"))
						.filter(code -> !code.isBlank())
						.distinct()
						.limit(200)
						.toList(), user));
		}
		else {
			answer = new Choices(null, List.of(choices.top(user)));
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
	}

	/**
	 * An answer: the unit whose children these are (when browsing) and the units.
	 */
	record Choices(@Nullable Long parent, List<UnitChoice> items) {
	}

}
