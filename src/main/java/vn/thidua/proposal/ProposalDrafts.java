package vn.thidua.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.BoardMember;
import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardType;
import vn.thidua.document.DocumentDrafts;
import vn.thidua.document.Draft;
import vn.thidua.document.DraftFile;
import vn.thidua.document.DraftKind;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.pdf.PdfRenderer;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.Downloads;
import vn.thidua.unit.Signature;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * The Word drafts of a proposal's documents: the unit's tờ trình with its list, the
 * board's minutes, the decision with its annex (numbered once issued, with a blank number
 * while it is drafted) and the tờ trình upward. Each is read by whoever may see the
 * proposal, once the step that makes it exists has been taken.
 */
@Service
@Transactional(readOnly = true)
public class ProposalDrafts {

	private static final Locale VIETNAMESE = PdfRenderer.VIETNAMESE;

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final ProposalLines lines;

	private final BoardVoting voting;

	private final DecisionDocuments wording;

	private final UnitCatalog units;

	private final AwardCatalog catalog;

	private final DocumentDrafts drafts;

	private final SignerTitles titles;

	private final MessageSource messages;

	private final Clock clock;

	ProposalDrafts(ProposalSteps steps, ProposalAccess access, ProposalLines lines, BoardVoting voting,
			DecisionDocuments wording, UnitCatalog units, AwardCatalog catalog, DocumentDrafts drafts,
			MessageSource messages, Clock clock, SignerTitles titles) {
		this.titles = titles;
		this.steps = steps;
		this.access = access;
		this.lines = lines;
		this.voting = voting;
		this.wording = wording;
		this.units = units;
		this.catalog = catalog;
		this.drafts = drafts;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The proposing unit's tờ trình to the deciding unit, with every line it proposes.
	 */
	public DraftFile proposalLetter(long id, CurrentUser user) {
		Proposal proposal = visible(id, user);
		UnitRow proposing = units.get(proposal.getProposingUnitId());
		UnitRow deciding = units.get(proposal.getDecidingUnitId());
		List<ProposalLine> proposed = ordered(lines.findByProposalIdOrderById(id));
		LocalDate date = proposal.getSentOn() == null ? today() : proposal.getSentOn();
		Draft draft = new Draft(DraftKind.PROPOSAL_LETTER, proposing.id(), "to-trinh-" + id,
				heading(proposing, number(null, "TTr", proposing), date, message("draft.letter.title"),
						message("draft.letter.subject", awards(proposed, office(deciding)),
								String.valueOf(proposal.getYear()))),
				signature(proposing, List.of(message("draft.copy.asAbove"), message("draft.copy.archive"))));
		draft.text("addressee", message("draft.letter.addressee", wording.body(deciding)));
		draft.lines("grounds", List.of(message("decision.pdf.basis.law"), decree(date)));
		draft.text("request", message("draft.letter.request", DecisionDocuments.text(wording.body(proposing)),
				wording.body(deciding), count(proposed), awards(proposed, office(deciding)), achievement(proposal)));
		draft.rows("entries", entries(proposed, false));
		draft.text("closing", message("draft.letter.closing", wording.body(deciding)));
		return drafts.render(draft);
	}

	/**
	 * The minutes of the board's last session on the proposal, once it has closed.
	 */
	public DraftFile minutes(long id, CurrentUser user) {
		Proposal proposal = visible(id, user);
		BoardView board = voting.view(id, user);
		BoardSession session = board.session();
		if (session == null || session.getClosedAt() == null) {
			throw new BusinessRuleViolation("draft.minutes.notHeld");
		}
		UnitRow deciding = units.get(proposal.getDecidingUnitId());
		List<ProposalLine> voted = ordered(lines.findByProposalIdOrderById(id));
		String council = message("draft.minutes.council", deciding.inSentence());
		String chair = board.board()
			.stream()
			.filter(BoardMember::chair)
			.map(BoardMember::fullName)
			.findFirst()
			.orElse("");
		Draft draft = new Draft(DraftKind.BOARD_MINUTES, deciding.id(), "bien-ban-" + id,
				heading(deciding, number(null, "BB", deciding), session.getHeldOn(), message("draft.minutes.title"),
						message("draft.minutes.subject", proposal.getTitle())),
				new Draft.Signature("", message("draft.minutes.chairTitle"), chair, List.of()));
		draft.text("opening",
				message("draft.minutes.opening", wording.longDate(session.getHeldOn()), council, proposal.getTitle()));
		draft.text("chair", chair);
		draft.text("secretary", session.getOpenedBy());
		draft.text("attendance",
				message("draft.minutes.attendance", board.present().size(), session.getMembersTotal()));
		draft.lines("members", board.present().stream().map(BoardAttendance::getFullName).toList());
		List<Map<String, String>> entries = new ArrayList<>();
		for (int i = 0; i < voted.size(); i++) {
			ProposalLine line = voted.get(i);
			Map<String, String> row = entry(i + 1, line);
			row.remove("detail");
			row.put("yes", String.valueOf(Objects.requireNonNullElse(line.getVoteAgree(), 0)));
			row.put("no", String.valueOf(Objects.requireNonNullElse(line.getVoteDisagree(), 0)));
			row.put("result", message(
					Boolean.TRUE.equals(line.getVotePassed()) ? "draft.minutes.passed" : "draft.minutes.notPassed"));
			entries.add(row);
		}
		draft.rows("entries", entries);
		long passed = voted.stream().filter(line -> Boolean.TRUE.equals(line.getVotePassed())).count();
		draft.text("conclusion", message("draft.minutes.conclusion", pad(passed), pad(voted.size())));
		draft.text("secretaryName", session.getOpenedBy());
		return drafts.render(draft);
	}

	/**
	 * The decision with its annex of the approved lines: numbered and dated once issued,
	 * with the number and day left blank while the chair's decision is being drafted.
	 */
	public DraftFile decision(long id, CurrentUser user) {
		Proposal proposal = visible(id, user);
		Set<ProposalStatus> decided = Set.of(ProposalStatus.DECIDED, ProposalStatus.ISSUED, ProposalStatus.AWARDED);
		if (proposal.isUpward() || !decided.contains(proposal.getStatus())) {
			throw new BusinessRuleViolation("draft.decision.notDecided");
		}
		UnitRow deciding = units.get(proposal.getDecidingUnitId());
		UnitRow proposing = units.get(proposal.getProposingUnitId());
		List<ProposalLine> approved = ordered(
				lines.findByProposalIdOrderById(id).stream().filter(ProposalLine::isApproved).toList());
		LocalDate date = proposal.getDecisionDate();
		String number = number(proposal.getDecisionNumber(), "QĐ", deciding);
		String authority = proposal.getDecisionAuthority() == null ? authority(deciding)
				: proposal.getDecisionAuthority();
		String awards = awards(approved, titles.office(authority));
		String office = titles.office(authority);
		Draft draft = new Draft(DraftKind.DECISION, deciding.id(), "quyet-dinh-" + Downloads.namePart(number),
				heading(deciding, number, date, message("decision.pdf.title"), message("decision.pdf.subject", awards)),
				signature(
						titles.signature(authority, proposal.getDecisionSignerTitle(),
								Objects.requireNonNullElse(proposal.getDecisionSigner(), "")),
						List.of(message("draft.copy.article3"), message("draft.copy.archive"))));
		draft.text("office", upper(office));
		LocalDate judged = date == null ? today() : date;
		draft.lines("grounds",
				List.of(message(LocalGovernmentLaw.on(judged).messageKey()), message("decision.pdf.basis.law"),
						decree(judged), message("draft.decision.ground.proposal",
								DecisionDocuments.text(wording.body(proposing)), deciding.inSentence())));
		BigDecimal total = approved.stream()
			.map(ProposalLine::getCashAmount)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		String decree = message(judged.isBefore(DecisionDocuments.DECREE_152_FROM) ? "decision.pdf.decree98"
				: "decision.pdf.decree152");
		draft.rows("articles",
				List.of(article(1, message("decision.pdf.article1", awards, count(approved), achievement(proposal))),
						article(2, total.signum() > 0 ? message("decision.pdf.article2", decree,
								VietnameseNumbers.format(catalog.baseSalary(judged)), VietnameseNumbers.format(total))
								: message("decision.pdf.article2None")),
						article(3, message("decision.pdf.article3", wording.body(deciding), named(approved)))));
		draft.text("annexTitle", upper(message("decision.pdf.annexTitle", named(approved), awards)));
		draft.text("annexOf",
				message("decision.pdf.annexOf", number, date == null
						? message("draft.blankDate", String.valueOf(judged.getYear())) : wording.longDate(date),
						office));
		draft.rows("entries", entries(approved, true));
		draft.text("total", total.signum() > 0 ? VietnameseNumbers.format(total) : "0");
		return drafts.render(draft);
	}

	/**
	 * The deciding unit's tờ trình to the upper authority for awards it cannot give.
	 */
	public DraftFile upwardLetter(long id, CurrentUser user) {
		Proposal proposal = visible(id, user);
		Set<ProposalStatus> voted = Set.of(ProposalStatus.VOTED, ProposalStatus.DECIDED, ProposalStatus.FORWARDED);
		if (!proposal.isUpward() || !voted.contains(proposal.getStatus())) {
			throw new BusinessRuleViolation("draft.upward.notVoted");
		}
		UnitRow deciding = units.get(proposal.getDecidingUnitId());
		List<ProposalLine> forwarded = ordered(lines.findByProposalIdOrderById(id)
			.stream()
			.filter(line -> !Boolean.FALSE.equals(line.getVotePassed()))
			.toList());
		LocalDate date = proposal.getLetterDate() == null ? today() : proposal.getLetterDate();
		String upper = message("draft.upward.addressee." + Objects.requireNonNull(proposal.getUpperAuthority()));
		Draft draft = new Draft(DraftKind.UPWARD_LETTER, deciding.id(), "to-trinh-cap-tren-" + id,
				heading(deciding, number(proposal.getLetterNumber(), "TTr", deciding), date,
						message("draft.letter.title"),
						message("draft.letter.subject", awards(forwarded, office(deciding)),
								String.valueOf(proposal.getYear()))),
				signature(deciding, List.of(message("draft.copy.asAbove"), message("draft.copy.archive"))));
		draft.text("addressee", upper);
		draft.lines("grounds", List.of(message("decision.pdf.basis.law"), decree(date),
				message("draft.upward.ground.board", deciding.inSentence())));
		draft.text("request", message("draft.letter.request", DecisionDocuments.text(wording.body(deciding)), upper,
				count(forwarded), awards(forwarded, office(deciding)), achievement(proposal)));
		draft.rows("entries", entries(forwarded, false));
		draft.text("closing", message("draft.letter.closing", upper));
		if (proposal.getLetterSigner() != null) {
			draft.text("signerName", proposal.getLetterSigner());
		}
		return drafts.render(draft);
	}

	/**
	 * The heading of a unit's document of a kind ("BC" for a report), with its number
	 * left blank to be given when it is signed: the one heading every drafted document
	 * shares.
	 */
	public Draft.Heading heading(long unitId, String symbol, LocalDate date, String title, String subject) {
		UnitRow unit = units.get(unitId);
		return heading(unit, number(null, symbol, unit), date, title, subject);
	}

	/**
	 * How the head of a unit signs its documents, with where copies go.
	 */
	public Draft.Signature signature(long unitId, List<String> recipients) {
		return signature(units.get(unitId), recipients);
	}

	private Proposal visible(long id, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireVisible(proposal, user);
		return proposal;
	}

	private Draft.Heading heading(UnitRow unit, String number, @Nullable LocalDate date, String title, String subject) {
		String parent = "";
		if (!unit.territorial() && unit.parentId() != null) {
			parent = upper(wording.body(units.get(unit.parentId())));
		}
		return new Draft.Heading(parent, upper(wording.body(unit)), number, wording.place(unit),
				date == null ? message("draft.blankDate", String.valueOf(today().getYear())) : wording.longDate(date),
				title, subject);
	}

	/**
	 * Who signs for a unit, from its settings: a people's committee's chair on behalf of
	 * the committee ("TM."), an agency's head.
	 */
	private Draft.Signature signature(UnitRow unit, List<String> recipients) {
		return signature(units.signing(unit.id()).headSignature(unit.territorial()), recipients);
	}

	private static Draft.Signature signature(Signature signature, List<String> recipients) {
		return new Draft.Signature(String.join("\n", signature.authority()), signature.title(), signature.name(),
				recipients);
	}

	/**
	 * The document's number, or a blank for it before the symbol: " /QĐ-UBND".
	 */
	private String number(@Nullable String given, String kind, UnitRow unit) {
		if (given != null && !given.isBlank()) {
			return given;
		}
		return message("draft.blankNumber", kind + "-" + symbol(unit));
	}

	private String symbol(UnitRow unit) {
		return units.signing(unit.id()).symbol();
	}

	private String decree(LocalDate date) {
		return message(date.isBefore(DecisionDocuments.DECREE_152_FROM) ? "decision.pdf.basis.decree98"
				: "decision.pdf.basis.decree152");
	}

	private List<ProposalLine> ordered(List<ProposalLine> all) {
		return all.stream().sorted(Comparator.comparing(ProposalLine::isIndividual)).toList();
	}

	private List<Map<String, String>> entries(List<ProposalLine> ordered, boolean cash) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			Map<String, String> row = entry(i + 1, ordered.get(i));
			if (cash) {
				BigDecimal amount = ordered.get(i).getCashAmount();
				row.put("cash", amount == null ? "" : VietnameseNumbers.format(amount));
			}
			rows.add(row);
		}
		return rows;
	}

	private Map<String, String> entry(int index, ProposalLine line) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("index", String.valueOf(index));
		row.put("name", DecisionDocuments.text(line.getSubjectName()));
		row.put("detail", line.getSubjectDetail() == null ? "" : DecisionDocuments.text(line.getSubjectDetail()));
		row.put("award", wording.awardName(type(line)));
		return row;
	}

	private AwardType type(ProposalLine line) {
		return Objects.requireNonNull(catalog.byCode().get(line.getAwardTypeCode()));
	}

	/**
	 * Who decides for a unit by default: "Chủ tịch UBND tỉnh Vĩnh Long", "Giám đốc Sở Nội
	 * vụ".
	 */
	private String authority(UnitRow unit) {
		String head = units.signing(unit.id()).headTitle();
		return unit.territorial() ? message("proposal.authorityDefault", head, unit.inSentence())
				: head + " " + unit.name();
	}

	private String office(UnitRow deciding) {
		return titles.office(authority(deciding));
	}

	private String awards(List<ProposalLine> lines, String office) {
		Set<String> names = new LinkedHashSet<>();
		lines.forEach(line -> names.add(wording.phrase(type(line), office)));
		return String.join(", ", names);
	}

	/**
	 * "01 tập thể và 05 cá nhân", as documents count.
	 */
	private String count(List<ProposalLine> lines) {
		long individuals = lines.stream().filter(ProposalLine::isIndividual).count();
		long collectives = lines.size() - individuals;
		if (collectives > 0 && individuals > 0) {
			return message("decision.pdf.recipients.both", pad(collectives), pad(individuals));
		}
		return collectives > 0 ? message("decision.pdf.recipients.collectives", pad(collectives))
				: message("decision.pdf.recipients.individuals", pad(individuals));
	}

	private String named(List<ProposalLine> lines) {
		boolean individuals = lines.stream().anyMatch(ProposalLine::isIndividual);
		boolean collectives = lines.stream().anyMatch(line -> !line.isIndividual());
		return message(individuals && collectives ? "decision.pdf.named.both"
				: collectives ? "decision.pdf.named.collectives" : "decision.pdf.named.individuals");
	}

	private String achievement(Proposal proposal) {
		return message("decision.pdf.achievement." + proposal.getKind().name(), String.valueOf(proposal.getYear()));
	}

	private Map<String, String> article(int number, String text) {
		return Map.of("heading", message("decision.pdf.article", number), "text", text);
	}

	private static String pad(long count) {
		return count < 10 ? "0" + count : String.valueOf(count);
	}

	private static String upper(String text) {
		return DecisionDocuments.text(text).toUpperCase(VIETNAMESE);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
