package vn.thidua.proposal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * One nomination of a proposal: a person (or the unit as a collective), the requested
 * award and the achievement, with what the engine, the office, the board and the chair
 * said of it.
 */
@Entity
public class ProposalLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	private @Nullable Long personId;

	private long unitId;

	private String subjectName;

	private @Nullable String subjectDetail;

	private String awardTypeCode;

	private String achievement;

	@Enumerated(EnumType.STRING)
	private LineOutcome outcome;

	private @Nullable String warningReason;

	private @Nullable String officeComment;

	private boolean returned;

	private @Nullable Integer voteAgree;

	private @Nullable Integer voteDisagree;

	private @Nullable Integer voteAbstain;

	private @Nullable Integer voteExcluded;

	private @Nullable Boolean votePassed;

	@Enumerated(EnumType.STRING)
	private @Nullable LineDecision decision;

	private @Nullable BigDecimal cashAmount;

	private @Nullable Long awardRecordId;

	@Version
	@Column(nullable = false)
	private Long version;

	protected ProposalLine() {
	}

	ProposalLine(long proposalId, @Nullable Long personId, long unitId, String subjectName,
			@Nullable String subjectDetail, String awardTypeCode, String achievement) {
		this.proposalId = proposalId;
		this.personId = personId;
		this.unitId = unitId;
		this.subjectName = subjectName;
		this.subjectDetail = subjectDetail;
		this.awardTypeCode = awardTypeCode;
		this.achievement = achievement;
		this.outcome = LineOutcome.PASSED;
	}

	void checked(LineOutcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * The unit's correction: a new achievement text or warning reason clears the office's
	 * return.
	 */
	void revise(String achievement, @Nullable String warningReason) {
		this.achievement = achievement;
		this.warningReason = warningReason;
		this.returned = false;
	}

	void giveBack(String comment) {
		this.officeComment = comment;
		this.returned = true;
	}

	void keep() {
		this.returned = false;
	}

	void tally(int agree, int disagree, int abstain, int excluded, boolean passed) {
		this.voteAgree = agree;
		this.voteDisagree = disagree;
		this.voteAbstain = abstain;
		this.voteExcluded = excluded;
		this.votePassed = passed;
	}

	void decide(LineDecision decision) {
		if (decision == LineDecision.APPROVED && !Boolean.TRUE.equals(votePassed)) {
			throw new BusinessRuleViolation("line.notPassedVote", subjectName);
		}
		this.decision = decision;
	}

	void priced(@Nullable BigDecimal cash) {
		this.cashAmount = cash;
	}

	void awarded(long awardRecordId) {
		if (this.awardRecordId != null) {
			throw new BusinessRuleViolation("line.alreadyAwarded", subjectName);
		}
		this.awardRecordId = awardRecordId;
	}

	public boolean isApproved() {
		return decision == LineDecision.APPROVED;
	}

	public boolean isIndividual() {
		return personId != null;
	}

	public boolean needsReason() {
		return outcome == LineOutcome.WARNING && (warningReason == null || warningReason.isBlank());
	}

	public Long getId() {
		return id;
	}

	public long getProposalId() {
		return proposalId;
	}

	public @Nullable Long getPersonId() {
		return personId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getSubjectName() {
		return subjectName;
	}

	public @Nullable String getSubjectDetail() {
		return subjectDetail;
	}

	public String getAwardTypeCode() {
		return awardTypeCode;
	}

	public String getAchievement() {
		return achievement;
	}

	public LineOutcome getOutcome() {
		return outcome;
	}

	public @Nullable String getWarningReason() {
		return warningReason;
	}

	public @Nullable String getOfficeComment() {
		return officeComment;
	}

	public boolean isReturned() {
		return returned;
	}

	public @Nullable Integer getVoteAgree() {
		return voteAgree;
	}

	public @Nullable Integer getVoteDisagree() {
		return voteDisagree;
	}

	public @Nullable Integer getVoteAbstain() {
		return voteAbstain;
	}

	public @Nullable Integer getVoteExcluded() {
		return voteExcluded;
	}

	public @Nullable Boolean getVotePassed() {
		return votePassed;
	}

	public @Nullable LineDecision getDecision() {
		return decision;
	}

	public @Nullable BigDecimal getCashAmount() {
		return cashAmount;
	}

	public @Nullable Long getAwardRecordId() {
		return awardRecordId;
	}

	public Long getVersion() {
		return version;
	}

}
