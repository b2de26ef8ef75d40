package vn.thidua.proposal.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.proposal.DecisionDocuments;
import vn.thidua.proposal.DecisionSigning;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;

/**
 * The issued decision and its certificates as PDF downloads, laid out while they are
 * sent; for the chair and the office, also signed with the deciding unit's certificate.
 */
@Controller
@RequestMapping("/proposals/{id}")
class DecisionDocumentController {

	private final DecisionDocuments documents;

	private final DecisionSigning signing;

	DecisionDocumentController(DecisionDocuments documents, DecisionSigning signing) {
		this.documents = documents;
		this.signing = signing;
	}

	/**
	 * The decision signed with the deciding unit's certificate.
	 */
	@GetMapping("/decision-signed.pdf")
	ResponseEntity<StreamingResponseBody> signedDecision(@PathVariable long id, CurrentUser user) {
		return download(signing.decision(id, user));
	}

	@GetMapping("/certificates-signed.pdf")
	ResponseEntity<StreamingResponseBody> signedCertificates(@PathVariable long id, CurrentUser user) {
		return download(signing.certificates(id, user));
	}

	@GetMapping("/decision.pdf")
	ResponseEntity<StreamingResponseBody> decision(@PathVariable long id, CurrentUser user) {
		return download(documents.decision(id, user));
	}

	@GetMapping("/certificates.pdf")
	ResponseEntity<StreamingResponseBody> certificates(@PathVariable long id, CurrentUser user) {
		return download(documents.certificates(id, user));
	}

	@GetMapping("/lines/{lineId}/certificate.pdf")
	ResponseEntity<StreamingResponseBody> certificate(@PathVariable long id, @PathVariable long lineId,
			CurrentUser user) {
		return download(documents.certificate(id, lineId, user));
	}

	private static ResponseEntity<StreamingResponseBody> download(PdfFile file) {
		return Downloads.attachment(file.name(), MediaType.APPLICATION_PDF, file.content()::writeTo);
	}

}
