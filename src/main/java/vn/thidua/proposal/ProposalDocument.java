package vn.thidua.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * A file of the dossier: the cover letter, an achievement report (of a line or the whole
 * proposal), the council's minutes or evidence.
 */
@Entity
public class ProposalDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	private @Nullable Long lineId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private long attachmentId;

	protected ProposalDocument() {
	}

	ProposalDocument(long proposalId, @Nullable Long lineId, DocumentKind kind, long attachmentId) {
		this.proposalId = proposalId;
		this.lineId = lineId;
		this.kind = kind;
		this.attachmentId = attachmentId;
	}

	public Long getId() {
		return id;
	}

	public long getProposalId() {
		return proposalId;
	}

	public @Nullable Long getLineId() {
		return lineId;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public long getAttachmentId() {
		return attachmentId;
	}

}
