package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.attachment.AttachmentInfo;
import vn.thidua.attachment.AttachmentStore;
import vn.thidua.attachment.FileType;
import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.AwardType;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * The chair's decision per line, the numbered decision with its cash amounts, and the
 * awards it writes into the registry once the signed decision is on file; later, a
 * revocation.
 */
@Service
@Transactional
public class Decisions {

	private final Proposals proposals;

	private final ProposalLines lines;

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final AwardCatalog catalog;

	private final AwardRegistry registry;

	private final AttachmentStore attachments;

	private final UnitCatalog units;

	Decisions(Proposals proposals, ProposalLines lines, ProposalSteps steps, ProposalAccess access,
			AwardCatalog catalog, AwardRegistry registry, AttachmentStore attachments, UnitCatalog units) {
		this.proposals = proposals;
		this.lines = lines;
		this.steps = steps;
		this.access = access;
		this.catalog = catalog;
		this.registry = registry;
		this.attachments = attachments;
		this.units = units;
	}

	/**
	 * The chair decides every line at once: approved (only a line the board carried),
	 * rejected or deferred.
	 */
	public Proposal decide(long id, long version, Map<Long, LineDecision> decisions, @Nullable String comment,
			CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireChair(proposal, user);
		if (proposal.getStatus() == ProposalStatus.DECIDED) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.requireStatus(ProposalStatus.VOTED);
		List<ProposalLine> decided = lines.findByProposalIdOrderById(id);
		if (!decisions.keySet().equals(decided.stream().map(ProposalLine::getId).collect(Collectors.toSet()))) {
			throw new BusinessRuleViolation("decision.incomplete");
		}
		decided.forEach(line -> line.decide(decisions.get(line.getId())));
		proposal.decided(user.username());
		steps.record(proposal, comment, user);
		return proposal;
	}

	/**
	 * Issues the numbered decision and prices each approved line at the base salary in
	 * force on the decision date.
	 */
	public Proposal issue(long id, long version, String number, LocalDate date, String signer, String authority,
			CurrentUser user) {
		Proposal proposal = steps.load(id);
		if (!access.chairs(proposal, user) && !access.appraises(proposal, user)) {
			access.requireVisible(proposal, user);
			throw new AccessDeniedException("Only the chair or the office issues the decision");
		}
		if (proposal.getStatus() == ProposalStatus.ISSUED && number.equals(proposal.getDecisionNumber())) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.requireStatus(ProposalStatus.DECIDED);
		List<ProposalLine> approved = approved(id);
		if (approved.isEmpty()) {
			throw new BusinessRuleViolation("decision.nothingApproved");
		}
		if (proposals.existsByDecidingUnitIdAndDecisionNumber(proposal.getDecidingUnitId(), number)) {
			throw new BusinessRuleViolation("decision.numberTaken", number);
		}
		BigDecimal baseSalary = catalog.baseSalary(date);
		Map<String, AwardType> types = catalog.byCode();
		approved.forEach(line -> line.priced(types.get(line.getAwardTypeCode()).cash(baseSalary)));
		proposal.issued(number, date, signer, authority);
		steps.record(proposal, number, user);
		return proposal;
	}

	/**
	 * With the signed decision on file, writes every approved line into the registry.
	 */
	public Proposal award(long id, long version, MultipartFile signed, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		if (proposal.getStatus() == ProposalStatus.AWARDED) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.requireStatus(ProposalStatus.ISSUED);
		AttachmentInfo file = attachments.store(signed, Set.of(FileType.PDF, FileType.PNG, FileType.JPEG), user);
		String issuer = units.get(proposal.getDecidingUnitId()).name();
		for (ProposalLine line : approved(id)) {
			long award = registry
				.record(new AwardEntry(line.getPersonId(), line.getUnitId(), line.getAwardTypeCode(),
						proposal.getKind(), proposal.getYear(), proposal.getDecisionNumber(),
						proposal.getDecisionDate(), proposal.getDecisionSigner(), proposal.getDecisionAuthority(),
						line.getSubjectName(), line.isIndividual() ? null : line.getSubjectDetail(), issuer,
						proposal.getMovementId(), proposal.getDecidingUnitId()), user)
				.getId();
			line.awarded(award);
		}
		proposal.awarded(file.id());
		steps.record(proposal, null, user);
		return proposal;
	}

	/**
	 * Revokes an awarded line: the record stays, marked revoked with the decision, the
	 * reason and the cash to recover.
	 */
	public void revoke(long lineId, String decision, String reason, @Nullable BigDecimal cashToRecover,
			CurrentUser user) {
		ProposalLine line = lines.findById(lineId).orElseThrow(() -> new NotFoundException("line", lineId));
		Proposal proposal = steps.load(line.getProposalId());
		access.requireOffice(proposal, user);
		proposal.requireStatus(ProposalStatus.AWARDED);
		if (line.getAwardRecordId() == null) {
			throw new BusinessRuleViolation("line.notAwarded", line.getSubjectName());
		}
		registry.revoke(line.getAwardRecordId(), decision, reason, cashToRecover, user);
		steps.changedInside(proposal);
		steps.record(proposal, line.getSubjectName() + " — " + decision + ": " + reason, user);
	}

	private List<ProposalLine> approved(long id) {
		return lines.findByProposalIdOrderById(id).stream().filter(ProposalLine::isApproved).toList();
	}

}
