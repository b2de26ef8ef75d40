package vn.thidua.proposal.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.shared.signing.SignatureVerifier;

/**
 * An officer uploads any PDF and reads its verification report: whether it is signed,
 * whether every signature is valid and the file unchanged since, who signed, when, and
 * the certificate chain. Nothing is stored.
 */
@Controller
@RequestMapping("/signatures/verify")
class SignatureCheckController {

	/** Larger files are refused before they are read. */
	static final DataSize MAX_SIZE = DataSize.ofMegabytes(30);

	private final SignatureVerifier verifier;

	SignatureCheckController(SignatureVerifier verifier) {
		this.verifier = verifier;
	}

	@GetMapping
	String form() {
		return "verify/check";
	}

	@PostMapping
	String check(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "signature.check.empty");
		}
		else if (file.getSize() > MAX_SIZE.toBytes()) {
			model.addAttribute("problem", "signature.check.tooLarge");
		}
		else {
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("report", verifier.verify(file.getBytes()));
		}
		return "verify/check";
	}

}
