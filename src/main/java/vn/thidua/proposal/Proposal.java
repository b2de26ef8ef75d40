package vn.thidua.proposal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardKind;
import vn.thidua.award.UpperAuthority;
import vn.thidua.shared.BusinessRuleViolation;

/**
 * A unit's proposal for awards of one year and kind, addressed to the unit whose chair
 * decides, and everything that happened to it up to the decision.
 */
@Entity
@Table(name = "award_proposal")
public class Proposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposingUnitId;

	private long decidingUnitId;

	private int year;

	@Enumerated(EnumType.STRING)
	private AwardKind kind;

	private String title;

	private @Nullable Long movementId;

	private @Nullable Long reviewId;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private @Nullable Integer councilMembers;

	private @Nullable Integer councilPresent;

	private @Nullable Integer councilAgree;

	private @Nullable LocalDate receivedOn;

	private @Nullable String submittedBy;

	private @Nullable LocalDate sentOn;

	private @Nullable Instant sentAt;

	private @Nullable LocalDate publishedFrom;

	private @Nullable LocalDate publishedUntil;

	private @Nullable String decidedBy;

	private @Nullable String decisionNumber;

	private @Nullable LocalDate decisionDate;

	private @Nullable String decisionSigner;

	private @Nullable String decisionAuthority;

	private @Nullable String decisionSignerTitle;

	private @Nullable Long signedAttachmentId;

	/**
	 * SIGNED or UNSIGNED: what the signed copy on file proved about itself.
	 */
	private @Nullable String signedCopySignature;

	private @Nullable String signedCopySigner;

	private @Nullable Instant signedCopySignedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable UpperAuthority upperAuthority;

	private @Nullable String letterNumber;

	private @Nullable LocalDate letterDate;

	private @Nullable String letterSigner;

	private String createdBy;

	private Instant createdAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Proposal() {
	}

	Proposal(long proposingUnitId, long decidingUnitId, int year, AwardKind kind, String title,
			@Nullable Long movementId, @Nullable Long reviewId, String createdBy, Instant createdAt) {
		this.proposingUnitId = proposingUnitId;
		this.decidingUnitId = decidingUnitId;
		this.year = year;
		this.kind = kind;
		this.title = title;
		this.movementId = movementId;
		this.reviewId = reviewId;
		this.status = ProposalStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Refuses a step the workflow table does not allow from the present state.
	 */
	void require(ProposalWorkflow.Step step) {
		ProposalWorkflow.require(step, status);
	}

	/**
	 * Takes a step of the workflow table: refused unless allowed from the present state,
	 * then in the state it leads to.
	 */
	void take(ProposalWorkflow.Step step) {
		require(step);
		this.status = step.target(status);
	}

	/**
	 * Records the cluster ranking the proposal drew lines from; the first one stays when
	 * it draws from several.
	 */
	void drawnFrom(long reviewId) {
		if (this.reviewId == null) {
			this.reviewId = reviewId;
		}
	}

	void update(String title, AwardKind kind) {
		require(ProposalWorkflow.Step.EDIT);
		this.title = title;
		this.kind = kind;
	}

	void recordCouncil(int members, int present, int agree) {
		require(ProposalWorkflow.Step.EDIT);
		if (present > members || agree > present) {
			throw new BusinessRuleViolation("proposal.councilCounts");
		}
		this.councilMembers = members;
		this.councilPresent = present;
		this.councilAgree = agree;
	}

	/**
	 * Sent to the office. The first sending fixes the date and instant the proposal was
	 * sent, which rank it against other proposals of the same subjects; the receipt date
	 * is the office's to record, and a resubmission after a return keeps it.
	 */
	void submitted(LocalDate on, Instant at, String by) {
		take(ProposalWorkflow.Step.SUBMIT);
		if (sentAt == null) {
			this.sentOn = on;
			this.sentAt = at;
		}
		this.submittedBy = by;
	}

	/**
	 * The date the office received the dossier.
	 */
	void received(LocalDate on) {
		this.receivedOn = on;
	}

	void published(LocalDate from, LocalDate until) {
		this.publishedFrom = from;
		this.publishedUntil = until;
		take(ProposalWorkflow.Step.PUBLISH);
	}

	void decided(String by) {
		take(ProposalWorkflow.Step.DECIDE);
		this.decidedBy = by;
	}

	void issued(String number, LocalDate date, String signer, @Nullable String signerTitle, String authority) {
		this.decisionNumber = number;
		this.decisionDate = date;
		this.decisionSigner = signer;
		this.decisionSignerTitle = signerTitle;
		take(ProposalWorkflow.Step.ISSUE);
		this.decisionAuthority = authority;
	}

	/**
	 * The chair signed the cover letter that proposes the lines to an authority above the
	 * province; the proposal waits for its decision.
	 */
	void forwarded(UpperAuthority upper, String number, LocalDate date, String signer, String by) {
		this.upperAuthority = upper;
		this.letterNumber = number;
		this.letterDate = date;
		this.letterSigner = signer;
		take(ProposalWorkflow.Step.FORWARD_UPWARD);
		this.decidedBy = by;
	}

	/**
	 * The upper authority's decision, recorded by the office with its signed copy.
	 */
	void upperDecided(String number, LocalDate date, String signer, String authority, long signedAttachmentId) {
		this.decisionNumber = number;
		this.decisionDate = date;
		this.decisionSigner = signer;
		this.decisionAuthority = authority;
		this.signedAttachmentId = signedAttachmentId;
		take(ProposalWorkflow.Step.RECORD_UPPER_DECISION);
	}

	public boolean isUpward() {
		return upperAuthority != null;
	}

	/**
	 * Awarded on the signed copy on file; {@code signer} and {@code signedAt} when the
	 * copy carries a valid digital signature, null for a scan or an unsigned PDF.
	 */
	void awarded(long signedAttachmentId, @Nullable String signer, @Nullable Instant signedAt) {
		take(ProposalWorkflow.Step.AWARD);
		this.signedAttachmentId = signedAttachmentId;
		this.signedCopySignature = signer == null ? "UNSIGNED" : "SIGNED";
		this.signedCopySigner = signer;
		this.signedCopySignedAt = signer == null ? null : signedAt;
	}

	public boolean submittedBy(String username) {
		return username.equals(submittedBy);
	}

	public Long getId() {
		return id;
	}

	public long getProposingUnitId() {
		return proposingUnitId;
	}

	public long getDecidingUnitId() {
		return decidingUnitId;
	}

	public int getYear() {
		return year;
	}

	public AwardKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable Long getMovementId() {
		return movementId;
	}

	public @Nullable Long getReviewId() {
		return reviewId;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public @Nullable Integer getCouncilMembers() {
		return councilMembers;
	}

	public @Nullable Integer getCouncilPresent() {
		return councilPresent;
	}

	public @Nullable Integer getCouncilAgree() {
		return councilAgree;
	}

	public @Nullable LocalDate getReceivedOn() {
		return receivedOn;
	}

	public @Nullable LocalDate getSentOn() {
		return sentOn;
	}

	public @Nullable Instant getSentAt() {
		return sentAt;
	}

	public @Nullable String getSubmittedBy() {
		return submittedBy;
	}

	public @Nullable LocalDate getPublishedFrom() {
		return publishedFrom;
	}

	public @Nullable LocalDate getPublishedUntil() {
		return publishedUntil;
	}

	public @Nullable String getDecidedBy() {
		return decidedBy;
	}

	public @Nullable String getDecisionNumber() {
		return decisionNumber;
	}

	public @Nullable LocalDate getDecisionDate() {
		return decisionDate;
	}

	public @Nullable String getDecisionSigner() {
		return decisionSigner;
	}

	public @Nullable String getDecisionAuthority() {
		return decisionAuthority;
	}

	/**
	 * The title of whoever signed the decision when it was not the head of the authority
	 * ("Phó Chủ tịch" signing for the chair); null when the head signed.
	 */
	public @Nullable String getDecisionSignerTitle() {
		return decisionSignerTitle;
	}

	public @Nullable Long getSignedAttachmentId() {
		return signedAttachmentId;
	}

	public @Nullable String getSignedCopySignature() {
		return signedCopySignature;
	}

	public @Nullable String getSignedCopySigner() {
		return signedCopySigner;
	}

	public @Nullable Instant getSignedCopySignedAt() {
		return signedCopySignedAt;
	}

	public @Nullable UpperAuthority getUpperAuthority() {
		return upperAuthority;
	}

	public @Nullable String getLetterNumber() {
		return letterNumber;
	}

	public @Nullable LocalDate getLetterDate() {
		return letterDate;
	}

	public @Nullable String getLetterSigner() {
		return letterSigner;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getVersion() {
		return version;
	}

}
