package vn.thidua.proposal.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.proposal.ProposalReview;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Flash;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * The reward office's actions on a proposal.
 */
@Controller
@RequestMapping("/proposals/{id}")
class AppraisalController {

	private final ProposalReview review;

	AppraisalController(ProposalReview review) {
		this.review = review;
	}

	@PostMapping("/appraise")
	String appraise(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String receivedOn, CurrentUser user,
			RedirectAttributes redirect) {
		LocalDate date = null;
		if (receivedOn != null && !receivedOn.isBlank()) {
			date = receiptDate(receivedOn, redirect);
			if (date == null) {
				return "redirect:/proposals/" + id;
			}
		}
		LocalDate on = date;
		Flash.attempt(redirect, "proposal.inAppraisal", () -> review.startAppraisal(id, version, on, user));
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/receipt")
	String receipt(@PathVariable long id, @RequestParam long version, @RequestParam String receivedOn, CurrentUser user,
			RedirectAttributes redirect) {
		LocalDate date = receiptDate(receivedOn, redirect);
		if (date != null) {
			Flash.attempt(redirect, "workflow.receiptRecorded", () -> review.recordReceipt(id, version, date, user));
		}
		return "redirect:/proposals/" + id;
	}

	private static @Nullable LocalDate receiptDate(String value, RedirectAttributes redirect) {
		try {
			return VietnameseDateFormatter.parse(value);
		}
		catch (IllegalArgumentException invalid) {
			Flash.error(redirect, "workflow.receiptInvalid");
			return null;
		}
	}

	@PostMapping("/lines/{lineId}/return")
	String returnLine(@PathVariable long id, @PathVariable long lineId, @Valid CommentForm commentForm,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Flash.attempt(redirect, "proposal.lineReturned",
					() -> review.returnLine(lineId, commentForm.comment(), user));
		}
		return "redirect:/proposals/" + id + "#line-" + lineId;
	}

	@PostMapping("/lines/{lineId}/keep")
	String keepLine(@PathVariable long id, @PathVariable long lineId, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.lineKept", () -> review.keepLine(lineId, user));
		return "redirect:/proposals/" + id + "#line-" + lineId;
	}

	@PostMapping("/send-back")
	String sendBack(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String comment, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.returned", () -> review.sendBack(id, version, comment, user));
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.published", () -> review.publish(id, version, user));
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/objections")
	String objection(@PathVariable long id, @Valid ObjectionForm objectionForm, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		if (Flash.valid(result, redirect, "proposal")) {
			Flash.attempt(redirect, "proposal.objectionRecorded",
					() -> review.recordObjection(id, objectionForm.lineId(),
							VietnameseDateFormatter.parse(objectionForm.receivedOn()), objectionForm.sender(),
							objectionForm.content(), user));
		}
		return "redirect:/proposals/" + id + "#objections";
	}

	@PostMapping("/forward")
	String forward(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "proposal.forwarded", () -> review.forwardToBoard(id, version, user));
		return "redirect:/proposals/" + id;
	}

}
