package vn.thidua.proposal.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.proposal.Ballot;
import vn.thidua.proposal.BoardVoting;
import vn.thidua.proposal.LineExplanations;
import vn.thidua.proposal.ProposalPage;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The reward board's session on a proposal: the secretary opens it with the members
 * present, each member votes on every line, the secretary closes it; the minutes follow
 * from the counts.
 */
@Controller
@RequestMapping("/proposals/{id}")
class BoardController {

	private final BoardVoting voting;

	private final ProposalQueries queries;

	private final LineExplanations explanations;

	BoardController(BoardVoting voting, ProposalQueries queries, LineExplanations explanations) {
		this.explanations = explanations;
		this.voting = voting;
		this.queries = queries;
	}

	@GetMapping("/board")
	String board(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
		ProposalPage page = queries.page(id, user);
		model.addAttribute("p", page);
		model.addAttribute("explained", explanations.explain(page, locale));
		model.addAttribute("board", voting.view(id, user));
		model.addAttribute("ballots", Ballot.values());
		return "proposals/board";
	}

	@GetMapping("/minutes")
	String minutes(@PathVariable long id, CurrentUser user, Model model) {
		model.addAttribute("p", queries.page(id, user));
		model.addAttribute("board", voting.view(id, user));
		return "proposals/minutes";
	}

	@PostMapping("/board/open")
	String open(@PathVariable long id, @RequestParam long version, @RequestParam String heldOn,
			@RequestParam(name = "present", required = false) Set<Long> present, CurrentUser user,
			RedirectAttributes redirect) {
		LocalDate date;
		try {
			date = VietnameseDateFormatter.parse(heldOn);
		}
		catch (IllegalArgumentException invalid) {
			Flash.error(redirect, "board.dateInvalid");
			return "redirect:/proposals/" + id + "/board";
		}
		Flash.attempt(redirect, "board.opened",
				() -> voting.open(id, version, date, present == null ? Set.of() : present, user));
		return "redirect:/proposals/" + id + "/board";
	}

	@PostMapping("/board/{sessionId}/vote")
	String vote(@PathVariable long id, @PathVariable long sessionId, @RequestParam Map<String, String> form,
			CurrentUser user, RedirectAttributes redirect) {
		Map<Long, Ballot> ballots = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("ballot-")) {
				try {
					ballots.put(Long.valueOf(name.substring(7)), Ballot.valueOf(value));
				}
				catch (IllegalArgumentException tampered) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown ballot");
				}
			}
		});
		boolean confirmed = "true".equals(form.get("confirmed"));
		Flash.attempt(redirect, "board.voted", () -> voting.vote(sessionId, ballots, confirmed, user));
		return "redirect:/proposals/" + id + "/board";
	}

	@PostMapping("/board/{sessionId}/close")
	String close(@PathVariable long id, @PathVariable long sessionId, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean unvotedAccepted, CurrentUser user,
			RedirectAttributes redirect) {
		if (!Flash.attempt(redirect, "board.closed.done",
				() -> voting.close(sessionId, version, unvotedAccepted, user))) {
			return "redirect:/proposals/" + id + "/board";
		}
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/board/{sessionId}/adjourn")
	String adjourn(@PathVariable long id, @PathVariable long sessionId, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "board.adjourned.done", () -> voting.adjourn(sessionId, version, user));
		return "redirect:/proposals/" + id + "/board";
	}

}
