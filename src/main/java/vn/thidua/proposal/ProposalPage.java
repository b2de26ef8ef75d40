package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.thidua.attachment.AttachmentInfo;
import vn.thidua.award.AwardType;
import vn.thidua.award.UpperAuthority;
import vn.thidua.unit.UnitRow;

/**
 * Everything the proposal page shows: the proposal and its units, every line with its
 * verdict as of the receipt date (today for a draft), the dossier, the timeline, the
 * objections and the quotas, whether an authority above the province decides it, and the
 * steps the workflow table lets the viewer take.
 */
public record ProposalPage(Proposal proposal, UnitRow proposingUnit, UnitRow decidingUnit, List<ProposalLine> lines,
		Map<Long, LineVerdict> verdicts, List<Document> documents, List<ProposalEvent> events,
		List<Objection> objections, List<QuotaUse> quotas, Set<Long> revokedLines, Map<String, AwardType> types,
		LocalDate checkedOn, boolean proposer, boolean office, boolean chair, boolean board,
		boolean publicationRequired, @Nullable UpperAuthority upperAuthority, Set<ProposalWorkflow.Step> actions) {

	/**
	 * Whether the workflow table lets the viewer take the named step now.
	 */
	public boolean can(String step) {
		return actions.contains(ProposalWorkflow.Step.valueOf(step));
	}

	/**
	 * A dossier document with its file.
	 */
	public record Document(ProposalDocument document, AttachmentInfo file) {
	}

	/**
	 * Whether the proposal goes to an authority above the province: its chair signs a
	 * cover letter instead of deciding.
	 */
	public boolean isUpward() {
		return upperAuthority != null;
	}

	public boolean editable() {
		return actions.contains(ProposalWorkflow.Step.EDIT);
	}

	public boolean blocked() {
		return lines.stream().anyMatch(line -> verdicts.get(line.getId()).outcome() == LineOutcome.BLOCKED)
				|| quotas.stream().anyMatch(QuotaUse::blocks);
	}

	public long passedCount() {
		return count(LineOutcome.PASSED);
	}

	public long warningCount() {
		return count(LineOutcome.WARNING);
	}

	public long blockedCount() {
		return count(LineOutcome.BLOCKED);
	}

	private long count(LineOutcome outcome) {
		return lines.stream().filter(line -> verdicts.get(line.getId()).outcome() == outcome).count();
	}

	public long returnedCount() {
		return lines.stream().filter(ProposalLine::isReturned).count();
	}

}
