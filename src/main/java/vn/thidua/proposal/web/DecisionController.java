package vn.thidua.proposal.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.proposal.Decisions;
import vn.thidua.proposal.LineDecision;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The chair's decision, the issued decision, the awards it writes and revocations.
 */
@Controller
@RequestMapping("/proposals/{id}")
class DecisionController {

	private final Decisions decisions;

	DecisionController(Decisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/decide")
	String decide(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> form,
			CurrentUser user, RedirectAttributes redirect) {
		Map<Long, LineDecision> chosen = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("decision-")) {
				try {
					chosen.put(Long.valueOf(name.substring(9)), LineDecision.valueOf(value));
				}
				catch (IllegalArgumentException tampered) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown decision");
				}
			}
		});
		String comment = form.get("comment");
		Actions.run(redirect, "proposal.decided", () -> decisions.decide(id, version, chosen,
				comment == null || comment.length() > 2000 ? null : comment.strip(), user));
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/issue")
	String issue(@PathVariable long id, @Valid IssueForm issueForm, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		if (Actions.valid(result, redirect)) {
			Actions.run(redirect, "proposal.issued", () -> decisions.issue(id, issueForm.version(), issueForm.number(),
					VietnameseDateFormatter.parse(issueForm.date()), issueForm.signer(), issueForm.authority(), user));
		}
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/award")
	String award(@PathVariable long id, @RequestParam long version, @RequestParam MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		Actions.run(redirect, "proposal.awarded", () -> decisions.award(id, version, file, user));
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/lines/{lineId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long lineId, @Valid RevokeForm revokeForm, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		if (Actions.valid(result, redirect)) {
			Actions.run(redirect, "proposal.lineRevoked", () -> decisions.revoke(lineId, revokeForm.decision(),
					revokeForm.reason(), VietnameseNumbers.parse(revokeForm.cash()).orElse(null), user));
		}
		return "redirect:/proposals/" + id + "#line-" + lineId;
	}

}
