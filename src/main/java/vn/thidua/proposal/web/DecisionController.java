package vn.thidua.proposal.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The chair's decision, the issued decision, the awards it writes and revocations; for
 * awards above the province, the chair's cover letter upward and the upper decision.
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
		Map<Long, LineDecision> chosen = chosen(form);
		String comment = form.get("comment");
		Flash.attempt(redirect, "proposal.decided", () -> decisions.decide(id, version, chosen,
				comment == null || comment.length() > 2000 ? null : comment.strip(), user));
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/issue")
	String issue(@PathVariable long id, @Valid IssueForm issueForm, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Flash.attempt(redirect, "proposal.issued",
					() -> decisions.issue(id, issueForm.version(), issueForm.number(),
							VietnameseDateFormatter.parse(issueForm.date()), issueForm.signer().strip(),
							issueForm.signerTitle(), issueForm.authority().strip(), user));
		}
		return "redirect:/proposals/" + id;
	}

	/**
	 * The chair's cover letter upward, with the choice for every line.
	 */
	@PostMapping("/forward-upward")
	String forwardUpward(@PathVariable long id, @Valid UpwardLetterForm letterForm, BindingResult result,
			@RequestParam Map<String, String> form, CurrentUser user, RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Map<Long, LineDecision> chosen = chosen(form);
			Flash.attempt(redirect, "proposal.forwardedUpward",
					() -> decisions.forwardUpward(id, letterForm.version(), letterForm.letterNumber(),
							VietnameseDateFormatter.parse(letterForm.letterDate()), letterForm.signer(), chosen,
							letterForm.comment() == null ? null : letterForm.comment().strip(), user));
		}
		return "redirect:/proposals/" + id;
	}

	/**
	 * The office records the upper decision with its signed copy.
	 */
	@PostMapping("/upper-decision")
	String upperDecision(@PathVariable long id, @Valid UpperDecisionForm decisionForm, BindingResult result,
			@RequestParam MultipartFile file, CurrentUser user, RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Set<Long> approved = decisionForm.approved() == null ? Set.of() : Set.copyOf(decisionForm.approved());
			Flash.attempt(redirect, "proposal.upperDecisionRecorded",
					() -> decisions.recordUpperDecision(id, decisionForm.version(), decisionForm.number(),
							VietnameseDateFormatter.parse(decisionForm.date()), decisionForm.signer(), approved, file,
							user));
		}
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/award")
	String award(@PathVariable long id, @RequestParam long version, @RequestParam MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.awarded", () -> decisions.award(id, version, file, user));
		return "redirect:/proposals/" + id;
	}

	private static Map<Long, LineDecision> chosen(Map<String, String> form) {
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
		return chosen;
	}

	@PostMapping("/lines/{lineId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long lineId, @Valid RevokeForm revokeForm, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Flash.attempt(redirect, "proposal.lineRevoked", () -> decisions.revoke(lineId, revokeForm.decision(),
					revokeForm.reason(), VietnameseNumbers.parse(revokeForm.cash()).orElse(null), user));
		}
		return "redirect:/proposals/" + id + "#line-" + lineId;
	}

}
