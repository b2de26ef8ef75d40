package vn.thidua.proposal.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.document.DraftFile;
import vn.thidua.proposal.DecisionDocuments;
import vn.thidua.proposal.DecisionSigning;
import vn.thidua.proposal.ProposalDrafts;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.Downloads;

/**
 * The issued decision and its certificates as PDF downloads, laid out while they are sent
 * (for the chair and the office, also signed with the deciding unit's certificate), and
 * the Word drafts of the proposal's documents.
 */
@Controller
@RequestMapping("/proposals/{id}")
class DecisionDocumentController {

	private final DecisionDocuments documents;

	private final ProposalDrafts drafts;

	private final DecisionSigning signing;

	DecisionDocumentController(DecisionDocuments documents, ProposalDrafts drafts, DecisionSigning signing) {
		this.documents = documents;
		this.drafts = drafts;
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

	@GetMapping("/letter.docx")
	ResponseEntity<StreamingResponseBody> letter(@PathVariable long id, CurrentUser user) {
		return word(drafts.proposalLetter(id, user));
	}

	@GetMapping("/minutes.docx")
	ResponseEntity<StreamingResponseBody> minutes(@PathVariable long id, CurrentUser user) {
		return word(drafts.minutes(id, user));
	}

	@GetMapping("/decision.docx")
	ResponseEntity<StreamingResponseBody> decisionDraft(@PathVariable long id, CurrentUser user) {
		return word(drafts.decision(id, user));
	}

	@GetMapping("/upward-letter.docx")
	ResponseEntity<StreamingResponseBody> upwardLetter(@PathVariable long id, CurrentUser user) {
		return word(drafts.upwardLetter(id, user));
	}

	@GetMapping("/decision.pdf")
	ResponseEntity<StreamingResponseBody> decision(@PathVariable long id, CurrentUser user) {
		return download(documents.decision(id, user));
	}

	@GetMapping("/certificates.pdf")
	ResponseEntity<StreamingResponseBody> certificates(@PathVariable long id, CurrentUser user) {
		return download(documents.certificates(id, user));
	}

	@GetMapping("/blanks.pdf")
	ResponseEntity<StreamingResponseBody> blanks(@PathVariable long id, CurrentUser user) {
		return download(documents.blanks(id, user));
	}

	@GetMapping("/lines/{lineId}/certificate.pdf")
	ResponseEntity<StreamingResponseBody> certificate(@PathVariable long id, @PathVariable long lineId,
			CurrentUser user) {
		return download(documents.certificate(id, lineId, user));
	}

	private static ResponseEntity<StreamingResponseBody> word(DraftFile file) {
		return Downloads.attachment(file.name(), Downloads.DOCX, file.content()::writeTo);
	}

	private static ResponseEntity<StreamingResponseBody> download(PdfFile file) {
		return Downloads.attachment(file.name(), MediaType.APPLICATION_PDF, file.content()::writeTo);
	}

}
