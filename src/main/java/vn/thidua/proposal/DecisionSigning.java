package vn.thidua.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.signing.DocumentSigner;
import vn.thidua.shared.signing.PdfSigner;
import vn.thidua.shared.signing.UnitSigners;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The decision and its certificates signed with the deciding unit's certificate (PAdES,
 * with a visible signature block), for the chair or the office to download and file as
 * the signed copy. Each signing is written into the proposal's history.
 */
@Service
@Transactional
public class DecisionSigning {

	private final DecisionDocuments documents;

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final UnitCatalog units;

	private final UnitSigners signers;

	private final PdfSigner pdfSigner;

	private final MessageSource messages;

	DecisionSigning(DecisionDocuments documents, ProposalSteps steps, ProposalAccess access, UnitCatalog units,
			UnitSigners signers, PdfSigner pdfSigner, MessageSource messages) {
		this.documents = documents;
		this.steps = steps;
		this.access = access;
		this.units = units;
		this.signers = signers;
		this.pdfSigner = pdfSigner;
		this.messages = messages;
	}

	/**
	 * Whether the unit has a signing certificate configured.
	 */
	@Transactional(readOnly = true)
	public boolean configured(UnitRow unit) {
		return signers.configured(unit.code());
	}

	public PdfFile decision(long id, CurrentUser user) {
		return signed(id, documents.decision(id, user), "signature.reason.decision", PdfSigner.Stamp.FOOT_RIGHT, user);
	}

	public PdfFile certificates(long id, CurrentUser user) {
		// a certificate's frame fills the page: the block goes into the margin below it
		return signed(id, documents.certificates(id, user), "signature.reason.certificates",
				PdfSigner.Stamp.BOTTOM_MARGIN, user);
	}

	private PdfFile signed(long id, PdfFile unsigned, String reasonKey, PdfSigner.Stamp stamp, CurrentUser user) {
		Proposal proposal = steps.load(id);
		if (!access.chairs(proposal, user) && !access.appraises(proposal, user)) {
			throw new AccessDeniedException("Only the chair or the office signs the decision");
		}
		UnitRow unit = units.get(proposal.getDecidingUnitId());
		if (!signers.configured(unit.code())) {
			throw new BusinessRuleViolation("signature.noCertificate", unit.name());
		}
		DocumentSigner signer = signers.forUnit(unit.code())
			.orElseThrow(() -> new BusinessRuleViolation("signature.keystoreUnusable", unit.name()));
		String reason = messages.getMessage(reasonKey, new Object[] { proposal.getDecisionNumber() },
				PdfRenderer.VIETNAMESE);
		steps.record(proposal, reason + " — " + signer.signerName(), user);
		return new PdfFile(unsigned.name().replaceFirst("\\.pdf$", "-ky-so.pdf"), out -> {
			ByteArrayOutputStream rendered = new ByteArrayOutputStream();
			unsigned.content().writeTo(rendered);
			try {
				pdfSigner.sign(rendered.toByteArray(), signer, reason, stamp, out);
			}
			catch (RuntimeException ex) {
				throw new IOException("Signing failed", ex);
			}
		});
	}

}
