package vn.thidua.proposal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardType;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;

/**
 * The reward office's appraisal: take in a submitted proposal, return lines to the unit
 * with comments, publish the nominations for comment when the law asks, record the
 * objections, and send the proposal to the board.
 */
@Service
@Transactional
public class ProposalReview {

	static final int PUBLICATION_WORKING_DAYS = 10;

	private final ProposalLines lines;

	private final Objections objections;

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final LineChecker checker;

	private final AwardCatalog catalog;

	ProposalReview(ProposalLines lines, Objections objections, ProposalSteps steps, ProposalAccess access,
			LineChecker checker, AwardCatalog catalog) {
		this.lines = lines;
		this.objections = objections;
		this.steps = steps;
		this.access = access;
		this.checker = checker;
		this.catalog = catalog;
	}

	public Proposal startAppraisal(long id, long version, CurrentUser user) {
		return startAppraisal(id, version, null, user);
	}

	/**
	 * Takes in a submitted proposal with the date the dossier was received: by default
	 * the date already recorded (a resubmission after a return keeps it), else today. Not
	 * in the future and not before the proposal was first sent; the rules in force on
	 * that date judge it from now on.
	 */
	public Proposal startAppraisal(long id, long version, @Nullable LocalDate receivedOn, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		if (proposal.getStatus() == ProposalStatus.IN_APPRAISAL) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.require(ProposalWorkflow.Step.TAKE_IN);
		LocalDate on = receivedOn != null ? receivedOn
				: proposal.getReceivedOn() != null ? proposal.getReceivedOn() : steps.today();
		ProposalWorkflow.requireReceipt(on, proposal.getSentOn(), steps.today());
		proposal.received(on);
		checker.recheck(proposal, lines.findByProposalIdOrderById(id), on);
		proposal.take(ProposalWorkflow.Step.TAKE_IN);
		steps.record(proposal, null, user);
		return proposal;
	}

	/**
	 * Corrects the receipt date while the appraisal lasts; every line is judged again by
	 * the rules in force on the new date.
	 */
	public Proposal recordReceipt(long id, long version, LocalDate receivedOn, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		if (receivedOn.equals(proposal.getReceivedOn())) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.require(ProposalWorkflow.Step.RECORD_RECEIPT);
		ProposalWorkflow.requireReceipt(receivedOn, proposal.getSentOn(), steps.today());
		proposal.received(receivedOn);
		checker.recheck(proposal, lines.findByProposalIdOrderById(id), receivedOn);
		steps.changedInside(proposal);
		steps.record(proposal, receivedOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), user);
		return proposal;
	}

	/**
	 * Marks a line to go back to the unit with the office's comment.
	 */
	public void returnLine(long lineId, String comment, CurrentUser user) {
		ProposalLine line = line(lineId);
		Proposal proposal = appraising(line, user);
		line.giveBack(comment);
		steps.changedInside(proposal);
	}

	public void keepLine(long lineId, CurrentUser user) {
		ProposalLine line = line(lineId);
		Proposal proposal = appraising(line, user);
		line.keep();
		steps.changedInside(proposal);
	}

	/**
	 * Returns the proposal to its unit; at least one line must carry a comment.
	 */
	public Proposal sendBack(long id, long version, @Nullable String comment, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		if (proposal.getStatus() != ProposalStatus.RETURNED
				&& lines.findByProposalIdOrderById(id).stream().noneMatch(ProposalLine::isReturned)) {
			throw new BusinessRuleViolation("proposal.nothingReturned");
		}
		if (proposal.getStatus() == ProposalStatus.RETURNED) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.take(ProposalWorkflow.Step.SEND_BACK);
		steps.record(proposal, comment, user);
		return proposal;
	}

	/**
	 * Publishes the nominations for comment for ten working days from today.
	 */
	public Proposal publish(long id, long version, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		if (proposal.getStatus() == ProposalStatus.PUBLISHED) {
			return proposal;
		}
		proposal.require(ProposalWorkflow.Step.PUBLISH);
		proposal = ready(id, version, user);
		LocalDate today = steps.today();
		proposal.published(today, addWorkingDays(today, PUBLICATION_WORKING_DAYS));
		steps.record(proposal, null, user);
		return proposal;
	}

	public void recordObjection(long id, @Nullable Long lineId, LocalDate receivedOn, String sender, String content,
			CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		proposal.require(ProposalWorkflow.Step.RECORD_OBJECTION);
		if (lineId != null && line(lineId).getProposalId() != id) {
			throw new NotFoundException("line", lineId);
		}
		objections.save(new Objection(id, lineId, receivedOn, sender, content, user.username()));
		steps.changedInside(proposal);
	}

	/**
	 * Sends the proposal to the board: after the publication period when one of its
	 * awards must be published, and with no line left returned or blocked.
	 */
	public Proposal forwardToBoard(long id, long version, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		if (proposal.getStatus() == ProposalStatus.VOTING) {
			return proposal;
		}
		proposal.require(ProposalWorkflow.Step.FORWARD_TO_BOARD);
		if (proposal.getStatus() == ProposalStatus.PUBLISHED) {
			if (!steps.today().isAfter(proposal.getPublishedUntil())) {
				throw new BusinessRuleViolation("proposal.stillPublished",
						proposal.getPublishedUntil().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			}
		}
		else if (needsPublication(id)) {
			throw new BusinessRuleViolation("proposal.publicationRequired");
		}
		Proposal ready = ready(id, version, user);
		ready.take(ProposalWorkflow.Step.FORWARD_TO_BOARD);
		steps.record(ready, null, user);
		return ready;
	}

	private boolean needsPublication(long id) {
		return needsPublication(lines.findByProposalIdOrderById(id), catalog.byCode());
	}

	/**
	 * Whether one of the lines asks for an award that is published for comment first.
	 */
	static boolean needsPublication(List<ProposalLine> lines, Map<String, AwardType> types) {
		return lines.stream().anyMatch(line -> types.get(line.getAwardTypeCode()).publicNotice());
	}

	static LocalDate addWorkingDays(LocalDate from, int days) {
		LocalDate date = from;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return date;
	}

	/**
	 * The proposal checked once more at this step: no line returned or blocked.
	 */
	private Proposal ready(long id, long version, CurrentUser user) {
		Proposal proposal = steps.current(id, version);
		access.requireOffice(proposal, user);
		List<ProposalLine> current = lines.findByProposalIdOrderById(id);
		if (current.stream().anyMatch(ProposalLine::isReturned)) {
			throw new BusinessRuleViolation("proposal.linesReturned");
		}
		if (!checker.recheck(proposal, current, steps.judgementDate(proposal))) {
			throw new BusinessRuleViolation("proposal.linesNotReady");
		}
		return proposal;
	}

	private Proposal appraising(ProposalLine line, CurrentUser user) {
		Proposal proposal = steps.load(line.getProposalId());
		access.requireOffice(proposal, user);
		proposal.require(ProposalWorkflow.Step.RETURN_LINE);
		return proposal;
	}

	private ProposalLine line(long lineId) {
		return lines.findById(lineId).orElseThrow(() -> new NotFoundException("line", lineId));
	}

}
