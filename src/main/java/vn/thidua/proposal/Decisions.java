package vn.thidua.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import vn.thidua.award.CashPricing;
import vn.thidua.award.UpperAuthority;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.DocumentNumbers;
import vn.thidua.unit.NumberedKind;
import vn.thidua.shared.signing.SignatureReport;
import vn.thidua.shared.signing.SignatureVerifier;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;
import vn.thidua.unit.UnitSigning;

/**
 * The chair's decision per line, the numbered decision with its cash amounts by the
 * decree of its date, and the awards it writes into the registry once the signed decision
 * is on file; for awards above the province, the chair's cover letter upward and the
 * upper decision the office records; later, a revocation.
 */
@Service
@Transactional
public class Decisions {

	/**
	 * Beyond what an upload may weigh: nothing larger reaches here.
	 */
	private static final long MAX_VERIFIED_SIZE = 60L * 1024 * 1024;

	private final Proposals proposals;

	private final ProposalLines lines;

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final AwardCatalog catalog;

	private final AwardRegistry registry;

	private final AttachmentStore attachments;

	private final UnitCatalog units;

	private final ProposalAuthority authorities;

	private final BoardSessions sessions;

	private final DocumentNumbers numbers;

	private final SignerTitles titles;

	private final Clock clock;

	private final SignatureVerifier verifier;

	Decisions(Proposals proposals, ProposalLines lines, ProposalSteps steps, ProposalAccess access,
			AwardCatalog catalog, AwardRegistry registry, AttachmentStore attachments, UnitCatalog units,
			ProposalAuthority authority, BoardSessions sessions, DocumentNumbers numbers, SignerTitles titles,
			Clock clock, SignatureVerifier verifier) {
		this.numbers = numbers;
		this.titles = titles;
		this.clock = clock;
		this.verifier = verifier;
		this.authorities = authority;
		this.sessions = sessions;
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
		proposal.require(ProposalWorkflow.Step.DECIDE);
		List<ProposalLine> decided = lines.findByProposalIdOrderById(id);
		authorities.requireDecidedHere(proposal, decided, steps.judgementDate(proposal),
				"authority.upward.notDecidedHere");
		if (!decisions.keySet().equals(decided.stream().map(ProposalLine::getId).collect(Collectors.toSet()))) {
			throw new BusinessRuleViolation("decision.incomplete");
		}
		decided.forEach(line -> line.decide(decisions.get(line.getId())));
		proposal.decided(user.username());
		steps.record(proposal, comment, user);
		return proposal;
	}

	/**
	 * What the issue form and the upward letter form offer by default: the deciding
	 * unit's next decision and cover-letter numbers this year, its signers, and the
	 * office that decides ("Chủ tịch" of its committee).
	 */
	@Transactional(readOnly = true)
	public IssueDefaults issueDefaults(long decidingUnitId) {
		int year = LocalDate.now(clock).getYear();
		return new IssueDefaults(numbers.next(decidingUnitId, NumberedKind.DECISION, year),
				numbers.next(decidingUnitId, NumberedKind.UPWARD_LETTER, year), units.signing(decidingUnitId),
				units.get(decidingUnitId));
	}

	public record IssueDefaults(String number, String letterNumber, UnitSigning signing, UnitRow unit) {
	}

	/**
	 * Issues the decision signed by the head of the authority.
	 */
	public Proposal issue(long id, long version, String number, LocalDate date, String signer, String authority,
			CurrentUser user) {
		return issue(id, version, number, date, signer, null, authority, user);
	}

	/**
	 * Issues the numbered decision and prices each approved line at the base salary in
	 * force on the decision date. The number is recorded in the deciding unit's register
	 * for the decision's year, refused when that year already has it (also when another
	 * decision takes it at the same moment). {@code signerTitle} is the signer's own
	 * title: null or the head's title ("Chủ tịch", read off {@code authority}) when the
	 * head signs; a deputy's ("Phó Chủ tịch") when a deputy signs for the head.
	 */
	public Proposal issue(long id, long version, String number, LocalDate date, String signer,
			@Nullable String signerTitle, String authority, CurrentUser user) {
		number = number.strip();
		// two simultaneous clicks: the second waits, then finds its own number issued
		Proposal proposal = steps.loadForUpdate(id);
		if (!access.chairs(proposal, user) && !access.appraises(proposal, user)) {
			access.requireVisible(proposal, user);
			throw new AccessDeniedException("Only the chair or the office issues the decision");
		}
		if (proposal.getStatus() == ProposalStatus.ISSUED && number.equals(proposal.getDecisionNumber())) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.require(ProposalWorkflow.Step.ISSUE);
		ProposalWorkflow.requireDecision(date, sessionDate(id));
		List<ProposalLine> approved = approved(id);
		if (approved.isEmpty()) {
			throw new BusinessRuleViolation("decision.nothingApproved");
		}
		authorities.requireDecidedHere(proposal, approved, steps.judgementDate(proposal),
				"authority.upward.notDecidedHere");
		authorities.requireDecidedHere(proposal, approved, date, "authority.upward.notDecidedHere");
		int year = date.getYear();
		if (numbers.taken(proposal.getDecidingUnitId(), year, number)) {
			throw new BusinessRuleViolation("decision.numberTaken", number, String.valueOf(year));
		}
		String deputy = titles.deputyTitle(authority, signerTitle);
		catalog.holdBaseSalary(date);
		Map<String, AwardType> types = catalog.byCode();
		UnitKind kind = authorities.kind(proposal);
		CashPricing pricing = catalog.pricing(kind, date);
		approved.forEach(line -> line.priced(pricing.cash(types.get(line.getAwardTypeCode()))));
		if (!numbers.record(proposal.getDecidingUnitId(), NumberedKind.DECISION, year, number, user.username())) {
			throw new BusinessRuleViolation("decision.numberTaken", number, String.valueOf(year));
		}
		proposal.issued(number, date, signer, deputy, authority);
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
		proposal.require(ProposalWorkflow.Step.AWARD);
		// the store checks the size and type first; a refused signature rolls the file
		// back
		AttachmentInfo file = attachments.store(signed, Set.of(FileType.PDF, FileType.PNG, FileType.JPEG), user);
		SignatureReport.Signature signature = signature(signed);
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
		proposal.awarded(file.id(), signature == null ? null : signature.signer(),
				signature == null ? null : signature.signedAt());
		steps.record(proposal, signature == null ? null : signature.signer(), user);
		return proposal;
	}

	/**
	 * The valid signature of a signed copy, or null for a scan or an unsigned PDF; a PDF
	 * whose signature does not verify, or that changed after signing, is refused.
	 */
	private SignatureReport.@Nullable Signature signature(MultipartFile signed) {
		if (signed.isEmpty() || signed.getSize() > MAX_VERIFIED_SIZE) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = signed.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!SignatureVerifier.isPdf(bytes)) {
			return null;
		}
		SignatureReport report = verifier.verify(bytes);
		return switch (report.verdict()) {
			case VALID -> report.last();
			case INVALID -> throw new BusinessRuleViolation(Objects.requireNonNull(report.problem()));
			case UNSIGNED, NOT_PDF -> null;
		};
	}

	/**
	 * The chair of a province signs the cover letter (tờ trình) that proposes the lines
	 * to the Prime Minister or the President, choosing every line as the board carried
	 * it: forwarded (APPROVED; only a carried line), rejected or deferred. Refused unless
	 * every line's award belongs to the same authority above the province on the receipt
	 * date.
	 */
	public Proposal forwardUpward(long id, long version, String letterNumber, LocalDate letterDate, String signer,
			Map<Long, LineDecision> choices, @Nullable String comment, CurrentUser user) {
		letterNumber = letterNumber.strip();
		Proposal proposal = steps.load(id);
		access.requireChair(proposal, user);
		if (proposal.getStatus() == ProposalStatus.FORWARDED && letterNumber.equals(proposal.getLetterNumber())) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.require(ProposalWorkflow.Step.FORWARD_UPWARD);
		List<ProposalLine> forwarded = lines.findByProposalIdOrderById(id);
		UpperAuthority upper = authorities.upward(proposal, forwarded, steps.judgementDate(proposal));
		if (upper == null) {
			throw new BusinessRuleViolation("upward.notUpward");
		}
		if (!choices.keySet().equals(forwarded.stream().map(ProposalLine::getId).collect(Collectors.toSet()))) {
			throw new BusinessRuleViolation("decision.incomplete");
		}
		if (letterDate.isBefore(steps.judgementDate(proposal))) {
			throw new BusinessRuleViolation("upward.letterBeforeReceipt");
		}
		ProposalWorkflow.requireDecision(letterDate, sessionDate(id));
		int year = letterDate.getYear();
		if (numbers.taken(proposal.getDecidingUnitId(), year, letterNumber)) {
			throw new BusinessRuleViolation("upward.letterNumberTaken", letterNumber, String.valueOf(year));
		}
		forwarded.forEach(line -> line.decide(choices.get(line.getId())));
		if (forwarded.stream().noneMatch(ProposalLine::isApproved)) {
			throw new BusinessRuleViolation("upward.nothingForwarded");
		}
		if (!numbers.record(proposal.getDecidingUnitId(), NumberedKind.UPWARD_LETTER, year, letterNumber,
				user.username())) {
			throw new BusinessRuleViolation("upward.letterNumberTaken", letterNumber, String.valueOf(year));
		}
		proposal.forwarded(upper, letterNumber, letterDate, signer, user.username());
		steps.record(proposal, comment == null || comment.isBlank() ? letterNumber : letterNumber + " — " + comment,
				user);
		return proposal;
	}

	/**
	 * The office records the decision of the Prime Minister or the President when it
	 * arrives: its number, date and signer, the forwarded lines it approves (the others
	 * are rejected) and its signed copy. Each approved line is priced by the decree in
	 * force on the decision date and written into the registry.
	 */
	public Proposal recordUpperDecision(long id, long version, String number, LocalDate date, String signer,
			Set<Long> approvedLines, MultipartFile signed, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireOffice(proposal, user);
		if (proposal.getStatus() == ProposalStatus.AWARDED && number.equals(proposal.getDecisionNumber())) {
			return proposal;
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.require(ProposalWorkflow.Step.RECORD_UPPER_DECISION);
		if (date.isBefore(proposal.getLetterDate())) {
			throw new BusinessRuleViolation("upward.decisionBeforeLetter");
		}
		List<ProposalLine> forwarded = approved(id);
		Set<Long> forwardedIds = forwarded.stream().map(ProposalLine::getId).collect(Collectors.toSet());
		if (approvedLines.isEmpty() || !forwardedIds.containsAll(approvedLines)) {
			throw new BusinessRuleViolation("upward.approvedLinesInvalid");
		}
		AttachmentInfo file = attachments.store(signed, Set.of(FileType.PDF, FileType.PNG, FileType.JPEG), user);
		// a tampered signed copy is refused here as well
		signature(signed);
		Map<String, AwardType> types = catalog.byCode();
		CashPricing pricing = catalog.pricing(null, date);
		String upper = authorityName(proposal.getUpperAuthority());
		proposal.upperDecided(number, date, signer, upper, file.id());
		for (ProposalLine line : forwarded) {
			if (!approvedLines.contains(line.getId())) {
				line.decide(LineDecision.REJECTED);
				continue;
			}
			line.priced(pricing.cash(types.get(line.getAwardTypeCode())));
			long award = registry
				.record(new AwardEntry(line.getPersonId(), line.getUnitId(), line.getAwardTypeCode(),
						proposal.getKind(), proposal.getYear(), number, date, signer, upper, line.getSubjectName(),
						line.isIndividual() ? null : line.getSubjectDetail(), upper, proposal.getMovementId(), null),
						user)
				.getId();
			line.awarded(award);
		}
		steps.record(proposal, number, user);
		return proposal;
	}

	/**
	 * The name an upper authority signs its decisions with, as the registry keeps it.
	 */
	static String authorityName(@Nullable UpperAuthority upper) {
		return upper == UpperAuthority.PRESIDENT ? "Chủ tịch nước" : "Thủ tướng Chính phủ";
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
		proposal.require(ProposalWorkflow.Step.REVOKE);
		if (line.getAwardRecordId() == null) {
			throw new BusinessRuleViolation("line.notAwarded", line.getSubjectName());
		}
		registry.revoke(line.getAwardRecordId(), decision, reason, cashToRecover, user);
		steps.changedInside(proposal);
		steps.record(proposal, line.getSubjectName() + " — " + decision + ": " + reason, user);
	}

	/**
	 * The date of the board session that decided the proposal: its last one.
	 */
	private @Nullable LocalDate sessionDate(long id) {
		List<BoardSession> held = sessions.findByProposalIdOrderById(id);
		return held.isEmpty() ? null : held.getLast().getHeldOn();
	}

	private List<ProposalLine> approved(long id) {
		return lines.findByProposalIdOrderById(id).stream().filter(ProposalLine::isApproved).toList();
	}

}
