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
		return move(id, version, ProposalStatus.IN_APPRAISAL, null, user, ProposalStatus.SUBMITTED);
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
		return move(id, version, ProposalStatus.RETURNED, comment, user, ProposalStatus.IN_APPRAISAL);
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
		proposal.requireStatus(ProposalStatus.PUBLISHED);
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
		ready.requireStatus(ProposalStatus.IN_APPRAISAL, ProposalStatus.PUBLISHED);
		ready.moveTo(ProposalStatus.VOTING);
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
		proposal.requireStatus(ProposalStatus.IN_APPRAISAL, ProposalStatus.PUBLISHED);
		List<ProposalLine> current = lines.findByProposalIdOrderById(id);
		if (current.stream().anyMatch(ProposalLine::isReturned)) {
			throw new BusinessRuleViolation("proposal.linesReturned");
		}
		if (!checker.recheck(proposal, current, proposal.getReceivedOn())) {
			throw new BusinessRuleViolation("proposal.linesNotReady");
		}
		return proposal;
	}

	private Proposal move(long id, long version, ProposalStatus next, @Nullable String comment, CurrentUser user,
			ProposalStatus from) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		if (proposal.getStatus() == next) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.requireStatus(from);
		if (next == ProposalStatus.IN_APPRAISAL) {
			checker.recheck(proposal, lines.findByProposalIdOrderById(id), proposal.getReceivedOn());
		}
		proposal.moveTo(next);
		steps.record(proposal, comment, user);
		return proposal;
	}

	private Proposal appraising(ProposalLine line, CurrentUser user) {
		Proposal proposal = steps.load(line.getProposalId());
		access.requireOffice(proposal, user);
		proposal.requireStatus(ProposalStatus.IN_APPRAISAL);
		return proposal;
	}

	private ProposalLine line(long lineId) {
		return lines.findById(lineId).orElseThrow(() -> new NotFoundException("line", lineId));
	}

}
