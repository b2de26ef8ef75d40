package vn.thidua.proposal.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.thidua.proposal.PublicVerification;

/**
 * The public page a decision's or a certificate's QR code leads to: anyone, signed in or
 * not, may confirm that the document was issued. It creates no session.
 */
@Controller
class VerificationController {

	private final PublicVerification verification;

	VerificationController(PublicVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/verify/{token}")
	String verify(@PathVariable String token, Model model, HttpServletResponse response) {
		return verification.find(token).map(document -> {
			model.addAttribute("document", document);
			return "verify/show";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "verify/unknown";
		});
	}

}
