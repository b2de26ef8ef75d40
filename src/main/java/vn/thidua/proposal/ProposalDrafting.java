package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.attachment.AttachmentInfo;
import vn.thidua.attachment.AttachmentStore;
import vn.thidua.attachment.FileType;
import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardType;
import vn.thidua.award.PersonRow;
import vn.thidua.movement.MovementQueries;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The proposing unit's work: open a proposal, add nominations from its people or units,
 * correct them, attach the dossier and submit. Every change re-checks every line.
 */
@Service
@Transactional
public class ProposalDrafting {

	static final Set<FileType> DOSSIER_TYPES = Set.of(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.PNG,
			FileType.JPEG);

	private final Proposals proposals;

	private final ProposalLines lines;

	private final ProposalDocuments documents;

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final LineChecker checker;

	private final Quotas quotas;

	private final AwardCatalog catalog;

	private final AwardQueries people;

	private final UnitCatalog units;

	private final AttachmentStore attachments;

	private final MovementQueries movements;

	private final LineSheet sheet;

	private final RankingLines rankings;

	private final ProposalAuthority authority;

	ProposalDrafting(Proposals proposals, ProposalLines lines, ProposalDocuments documents, ProposalSteps steps,
			ProposalAccess access, LineChecker checker, Quotas quotas, AwardCatalog catalog, AwardQueries people,
			UnitCatalog units, AttachmentStore attachments, MovementQueries movements, LineSheet sheet,
			RankingLines rankings, ProposalAuthority authority) {
		this.authority = authority;
		this.proposals = proposals;
		this.lines = lines;
		this.documents = documents;
		this.steps = steps;
		this.access = access;
		this.checker = checker;
		this.quotas = quotas;
		this.catalog = catalog;
		this.people = people;
		this.units = units;
		this.attachments = attachments;
		this.movements = movements;
		this.sheet = sheet;
		this.rankings = rankings;
	}

	public Proposal create(NewProposal draft, CurrentUser user) {
		if (!user.has(Role.OFFICER)) {
			throw new AccessDeniedException("Only officers propose awards");
		}
		if (!units.isWithin(user.unitId(), draft.decidingUnitId())) {
			throw new NotFoundException("unit", draft.decidingUnitId());
		}
		UnitRow deciding = units.get(draft.decidingUnitId());
		if (!authority.decidesAny(deciding.kind(), steps.today())) {
			throw new BusinessRuleViolation("authority.decidesNothing", deciding.name(),
					term("authority.head." + deciding.kind()));
		}
		if (draft.kind() == AwardKind.MOVEMENT && draft.movementCode() == null) {
			throw new BusinessRuleViolation("proposal.movementRequired");
		}
		// any proposal may name the movement its awards count in, one that reaches the
		// unit
		Long movementId = draft.movementCode() == null ? null
				: movements.findIdByCode(draft.movementCode())
					.filter(id -> movements.reaches(id, user.unitId()))
					.orElseThrow(() -> new BusinessRuleViolation("proposal.movementUnknown", draft.movementCode()));
		Proposal proposal = proposals.save(new Proposal(user.unitId(), draft.decidingUnitId(), draft.year(),
				draft.kind(), draft.title(), movementId, null, user.username(), steps.now()));
		steps.record(proposal, null, user);
		return proposal;
	}

	/**
	 * Adds people of the proposing unit's subtree for an individual award; people already
	 * nominated for it here are skipped. Returns how many lines were added.
	 */
	public int addPeople(long id, long version, List<Long> personIds, String awardType, String achievement,
			CurrentUser user) {
		Proposal proposal = editable(id, version, user);
		AwardType type = catalog.type(awardType);
		if (!type.isIndividual()) {
			throw new BusinessRuleViolation("line.typeForCollective", type.name());
		}
		List<PersonRow> found = people.people(personIds);
		if (found.size() != personIds.stream().distinct().count()) {
			throw new NotFoundException("person", personIds);
		}
		Set<Long> inScope = inScope(proposal, found.stream().map(PersonRow::unitId).toList()).keySet();
		List<ProposalLine> current = new ArrayList<>(lines.findByProposalIdOrderById(id));
		authority.requireDecidable(proposal, List.of(awardType), current, steps.judgementDate(proposal));
		int added = 0;
		for (PersonRow person : found) {
			if (!inScope.contains(person.unitId())) {
				throw new NotFoundException("person", person.id());
			}
			boolean present = current.stream()
				.anyMatch(line -> Long.valueOf(person.id()).equals(line.getPersonId())
						&& line.getAwardTypeCode().equals(awardType));
			if (!present) {
				current.add(lines.save(new ProposalLine(id, person.id(), person.unitId(), person.fullName(),
						detail(person.position(), person.unitName()), awardType, achievement)));
				added++;
			}
		}
		return changed(proposal, current, added);
	}

	/**
	 * Adds units of the proposing unit's subtree (or the unit itself) for a collective
	 * award.
	 */
	public int addUnits(long id, long version, List<Long> unitIds, String awardType, String achievement,
			CurrentUser user) {
		Proposal proposal = editable(id, version, user);
		AwardType type = catalog.type(awardType);
		if (type.isIndividual()) {
			throw new BusinessRuleViolation("line.typeForIndividual", type.name());
		}
		if (!type.isCollective()) {
			throw new BusinessRuleViolation("line.typeForNamedSubject", type.name());
		}
		Map<Long, UnitRow> chosen = inScope(proposal, unitIds);
		List<ProposalLine> current = new ArrayList<>(lines.findByProposalIdOrderById(id));
		authority.requireDecidable(proposal, List.of(awardType), current, steps.judgementDate(proposal));
		int added = 0;
		for (long unitId : unitIds) {
			UnitRow unit = chosen.get(unitId);
			if (unit == null) {
				throw new NotFoundException("unit", unitId);
			}
			boolean present = current.stream()
				.anyMatch(line -> line.getPersonId() == null && line.getUnitId() == unitId
						&& line.getAwardTypeCode().equals(awardType));
			if (!present) {
				current.add(lines
					.save(new ProposalLine(id, null, unitId, unit.name(), unit.code(), awardType, achievement)));
				added++;
			}
		}
		return changed(proposal, current, added);
	}

	/**
	 * Reads a sheet of lines and checks every row against the proposal as it is now,
	 * adding nothing: the preview, with the version it was checked at.
	 */
	@Transactional(readOnly = true)
	public SheetPreview previewSheet(long id, byte[] content, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireProposer(proposal, user);
		proposal.require(ProposalWorkflow.Step.EDIT);
		return sheet.check(proposal, content, steps.judgementDate(proposal)).preview();
	}

	/**
	 * Adds every new row of a previewed sheet, or none: the sheet is read and checked
	 * again, refused when the proposal changed since the preview's version or a row now
	 * has a problem. Rows already in the proposal are not added twice. Returns how many
	 * lines were added.
	 */
	public int addSheet(long id, long version, byte[] content, CurrentUser user) {
		Proposal proposal = editable(id, version, user);
		LineSheet.Checked checked = sheet.check(proposal, content, steps.judgementDate(proposal));
		if (!checked.preview().isCommittable()) {
			throw new BusinessRuleViolation("sheet.lines.notCommittable");
		}
		return addAll(proposal, checked.additions());
	}

	/**
	 * The finalised year-end rankings of the proposal's year, in the clusters the
	 * proposing unit can see, with the lines each would add.
	 */
	@Transactional(readOnly = true)
	public List<RankingOffer> rankingOffers(long id, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireProposer(proposal, user);
		return rankings.offers(proposal, lines.findByProposalIdOrderById(id));
	}

	/**
	 * Adds the units a cluster leader proposed from a finalised year-end ranking: the
	 * flag as Cờ thi đua cấp tỉnh, a certificate of merit as the collective provincial
	 * certificate. Refused unless every proposed unit lies within the proposing unit's
	 * subtree; units already nominated for it here are skipped.
	 */
	public int addFromRanking(long id, long version, long reviewId, CurrentUser user) {
		Proposal proposal = editable(id, version, user);
		List<ProposalLine> added = rankings.lines(proposal, reviewId, lines.findByProposalIdOrderById(id));
		proposal.drawnFrom(reviewId);
		return addAll(proposal, added);
	}

	public void reviseLine(long lineId, long lineVersion, String achievement, @Nullable String warningReason,
			CurrentUser user) {
		ProposalLine line = line(lineId);
		Proposal proposal = steps.load(line.getProposalId());
		access.requireProposer(proposal, user);
		proposal.require(ProposalWorkflow.Step.EDIT);
		StaleEditException.check("line", lineId, lineVersion, line.getVersion());
		line.revise(achievement, warningReason);
		changed(proposal, lines.findByProposalIdOrderById(proposal.getId()), 1);
	}

	public void removeLine(long lineId, CurrentUser user) {
		ProposalLine line = line(lineId);
		Proposal proposal = steps.load(line.getProposalId());
		access.requireProposer(proposal, user);
		proposal.require(ProposalWorkflow.Step.EDIT);
		documents.findByProposalIdOrderById(proposal.getId())
			.stream()
			.filter(document -> Long.valueOf(lineId).equals(document.getLineId()))
			.forEach(documents::delete);
		lines.delete(line);
		lines.flush();
		changed(proposal, lines.findByProposalIdOrderById(proposal.getId()), 1);
	}

	public AttachmentInfo attach(long id, DocumentKind kind, @Nullable Long lineId, MultipartFile file,
			CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireProposer(proposal, user);
		proposal.require(ProposalWorkflow.Step.EDIT);
		if (lineId != null && line(lineId).getProposalId() != id) {
			throw new NotFoundException("line", lineId);
		}
		AttachmentInfo stored = attachments.store(file, DOSSIER_TYPES, user);
		documents.save(new ProposalDocument(id, lineId, kind, stored.id()));
		steps.changedInside(proposal);
		return stored;
	}

	/**
	 * The unit council's minutes with its counts: members, present, in favour.
	 */
	public void recordCouncil(long id, long version, int members, int present, int agree, MultipartFile file,
			CurrentUser user) {
		Proposal proposal = editable(id, version, user);
		proposal.recordCouncil(members, present, agree);
		AttachmentInfo stored = attachments.store(file, DOSSIER_TYPES, user);
		documents.save(new ProposalDocument(id, null, DocumentKind.COUNCIL_MINUTES, stored.id()));
	}

	public void removeDocument(long id, long documentId, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireProposer(proposal, user);
		proposal.require(ProposalWorkflow.Step.EDIT);
		ProposalDocument document = documents.findById(documentId)
			.filter(found -> found.getProposalId() == id)
			.orElseThrow(() -> new NotFoundException("document", documentId));
		documents.delete(document);
		steps.changedInside(proposal);
	}

	/**
	 * Sends the dossier to the reward office. Refused while a line is blocked, a warning
	 * lacks its reason, a returned line is unfixed, a quota is exceeded, or the cover
	 * letter or council minutes are missing; every one of these is reported at once, so
	 * the unit fixes them in one go.
	 */
	public Proposal submit(long id, long version, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireProposer(proposal, user);
		if (proposal.getStatus() == ProposalStatus.SUBMITTED) {
			return proposal;
		}
		quotas.holdCount(proposal);
		editable(id, version, user);
		List<BusinessRuleViolation> problems = new ArrayList<>();
		List<ProposalLine> current = lines.findByProposalIdOrderById(id);
		if (current.isEmpty()) {
			problems.add(new BusinessRuleViolation("proposal.noLines"));
		}
		if (current.stream().anyMatch(ProposalLine::isReturned)) {
			problems.add(new BusinessRuleViolation("proposal.returnedLinesOpen"));
		}
		// judged on the same date as the page shows: the receipt date of a returned
		// proposal, today for a first sending
		LocalDate on = steps.judgementDate(proposal);
		if (!checker.recheck(proposal, current, on)) {
			problems.add(new BusinessRuleViolation("proposal.linesNotReady"));
		}
		quotas.use(proposal, on)
			.stream()
			.filter(QuotaUse::blocks)
			.forEach(quota -> problems.add(new BusinessRuleViolation("proposal.quotaExceeded", quota.explanation())));
		List<DocumentKind> kinds = documents.findByProposalIdOrderById(id)
			.stream()
			.map(ProposalDocument::getKind)
			.toList();
		if (!kinds.contains(DocumentKind.COVER_LETTER)) {
			problems.add(new BusinessRuleViolation("proposal.coverLetterMissing"));
		}
		if (!kinds.contains(DocumentKind.COUNCIL_MINUTES)) {
			problems.add(new BusinessRuleViolation("proposal.minutesMissing"));
		}
		BusinessRuleViolation.throwIfAny(problems);
		proposal.submitted(steps.today(), steps.now(), user.username());
		steps.record(proposal, null, user);
		return proposal;
	}

	private Proposal editable(long id, long version, CurrentUser user) {
		Proposal proposal = steps.current(id, version);
		access.requireProposer(proposal, user);
		proposal.require(ProposalWorkflow.Step.EDIT);
		return proposal;
	}

	private int addAll(Proposal proposal, List<ProposalLine> additions) {
		authority.requireDecidable(proposal, additions.stream().map(ProposalLine::getAwardTypeCode).toList(),
				lines.findByProposalIdOrderById(proposal.getId()), steps.judgementDate(proposal));
		lines.saveAll(additions);
		return changed(proposal, lines.findByProposalIdOrderById(proposal.getId()), additions.size());
	}

	private int changed(Proposal proposal, List<ProposalLine> current, int count) {
		if (count > 0) {
			lines.flush();
			checker.recheck(proposal, current, steps.judgementDate(proposal));
			steps.changedInside(proposal);
		}
		return count;
	}

	/**
	 * Those of the units that lie in the proposing unit's subtree, read in one query.
	 */
	private Map<Long, UnitRow> inScope(Proposal proposal, List<Long> unitIds) {
		UnitRow scope = units.get(proposal.getProposingUnitId());
		return units.findAll(unitIds.stream().distinct().toList())
			.stream()
			.filter(unit -> unit.isWithin(scope))
			.collect(Collectors.toMap(UnitRow::id, Function.identity()));
	}

	private ProposalLine line(long lineId) {
		return lines.findById(lineId).orElseThrow(() -> new NotFoundException("line", lineId));
	}

	static @Nullable String detail(@Nullable String position, String unitName) {
		return position == null ? unitName : position + ", " + unitName;
	}

	private static MessageSourceResolvable term(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
