package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.thidua.attachment.AttachmentInfo;
import vn.thidua.attachment.AttachmentStore;
import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardType;
import vn.thidua.award.UpperAuthority;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.Diacritics;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

/**
 * Reads proposals within the user's subtree: the list, a page at a time, and one proposal
 * with everything its page shows.
 */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final ProposalSteps steps;

	private final ProposalLines lines;

	private final ProposalDocuments documents;

	private final ProposalEvents events;

	private final Objections objections;

	private final ProposalAccess access;

	private final LineChecker checker;

	private final Quotas quotas;

	private final AttachmentStore attachments;

	private final UnitCatalog units;

	private final AwardCatalog catalog;

	private final ProposalAuthority authority;

	ProposalQueries(JdbcClient jdbc, ProposalSteps steps, ProposalLines lines, ProposalDocuments documents,
			ProposalEvents events, Objections objections, ProposalAccess access, LineChecker checker, Quotas quotas,
			AttachmentStore attachments, UnitCatalog units, AwardCatalog catalog, ProposalAuthority authority) {
		this.authority = authority;
		this.jdbc = jdbc;
		this.steps = steps;
		this.lines = lines;
		this.documents = documents;
		this.events = events;
		this.objections = objections;
		this.access = access;
		this.checker = checker;
		this.quotas = quotas;
		this.attachments = attachments;
		this.units = units;
		this.catalog = catalog;
	}

	/**
	 * One page of the proposals of the user's subtree, newest first, plus one row to tell
	 * whether a next page exists. {@code awaiting} keeps those addressed to the user's
	 * unit that wait for the office, the board or the chair.
	 */
	public List<ProposalRow> list(@Nullable ProposalStatus status, @Nullable Integer year, boolean awaiting, int page,
			CurrentUser user) {
		return list(status, year, awaiting, page, PAGE_SIZE, user);
	}

	/**
	 * The same with a page size of one's own.
	 */
	public List<ProposalRow> list(@Nullable ProposalStatus status, @Nullable Integer year, boolean awaiting, int page,
			int size, CurrentUser user) {
		return rows(status == null ? Set.of() : Set.of(status), year, awaiting, size + 1, (long) page * size, user);
	}

	/**
	 * Those of {@link #list} awaiting the user in the given states, oldest first.
	 */
	public List<ProposalRow> awaiting(Set<ProposalStatus> statuses, int limit, CurrentUser user) {
		return statuses.isEmpty() ? List.of() : rows(statuses, null, true, limit, -1, user);
	}

	private List<ProposalRow> rows(Set<ProposalStatus> statuses, @Nullable Integer year, boolean awaiting, int limit,
			long offset, CurrentUser user) {
		List<Long> deciding = decidingUnitsOf(user);
		StringBuilder where = new StringBuilder(
				" where (p.proposing_unit_id in (select id from unit_scope_units(:root)) or p.deciding_unit_id in (:deciding))");
		if (!statuses.isEmpty()) {
			where.append(" and p.status in (:statuses)");
		}
		if (year != null) {
			where.append(" and p.year = :year");
		}
		if (awaiting) {
			where.append(" and p.deciding_unit_id in (:deciding)"
					+ " and p.status in ('SUBMITTED', 'IN_APPRAISAL', 'PUBLISHED', 'VOTING', 'VOTED', 'DECIDED', 'ISSUED')");
		}
		String order = offset < 0 ? " order by p.id limit " + limit
				: " order by p.id desc limit " + limit + " offset " + offset;
		var statement = jdbc
			.sql("""
					select p.id, p.title, p.year, p.kind, p.status, pu.name as proposing_unit, du.name as deciding_unit,
					       (select count(*) from proposal_line l where l.proposal_id = p.id) as line_count,
					       p.received_on, p.decision_number, p.published_until
					from award_proposal p join unit pu on pu.id = p.proposing_unit_id join unit du on du.id = p.deciding_unit_id
					"""
					+ where + order)
			.param("root", user.unitId())
			.param("deciding", deciding);
		if (!statuses.isEmpty()) {
			statement = statement.param("statuses", statuses.stream().map(Enum::name).toList());
		}
		if (year != null) {
			statement = statement.param("year", year);
		}
		return statement.query(ProposalRow.class).list();
	}

	/**
	 * One page of the decisions issued on proposals of the user's subtree or addressed to
	 * their unit, newest first, plus one row to tell whether a next page exists.
	 */
	public List<DecisionRow> decisions(int page, int size, CurrentUser user) {
		return jdbc
			.sql("""
					select p.id as proposal_id, p.title as proposal_title, p.status, p.decision_number, p.decision_date,
					       p.decision_signer, p.decision_authority, du.name as deciding_unit, pu.name as proposing_unit,
					       (select count(*) from proposal_line l where l.proposal_id = p.id and l.decision = 'APPROVED') as approved_count,
					       (select coalesce(sum(l.cash_amount), 0) from proposal_line l where l.proposal_id = p.id) as cash_total
					from award_proposal p join unit pu on pu.id = p.proposing_unit_id join unit du on du.id = p.deciding_unit_id
					where p.status in ('ISSUED', 'AWARDED')
					  and (p.proposing_unit_id in (select id from unit_scope_units(:root)) or p.deciding_unit_id in (:deciding))
					order by p.id desc limit :limit offset :offset
					""")
			.param("root", user.unitId())
			.param("deciding", decidingUnitsOf(user))
			.param("limit", size + 1)
			.param("offset", (long) page * size)
			.query(DecisionRow.class)
			.list();
	}

	/**
	 * The proposals of the user's own unit still on their way (drafts, returned, and
	 * those the deciding unit has not yet written into the registry), those the unit must
	 * act on first, then the newest; at most {@code limit}. One statement.
	 */
	public List<OwnProposal> ownInProgress(int limit, CurrentUser user) {
		return jdbc.sql("""
				select p.id, p.title, p.year, p.status, du.name as deciding_unit,
				       (select count(*) from proposal_line l where l.proposal_id = p.id) as line_count
				from award_proposal p join unit du on du.id = p.deciding_unit_id
				where p.proposing_unit_id = :unit and p.status <> 'AWARDED'
				order by p.status in ('DRAFT', 'RETURNED') desc, p.id desc limit :limit
				""").param("unit", user.unitId()).param("limit", limit).query(OwnProposal.class).list();
	}

	/**
	 * The proposals of the user's subtree or addressed to their unit whose title contains
	 * every word of the query, with or without diacritics; newest first, at most
	 * {@code limit} plus one (to tell whether there are more). One statement.
	 */
	public List<ProposalHit> search(String query, int limit, CurrentUser user) {
		return hits("p.search_text", query, limit, user);
	}

	/**
	 * The same for the decision numbers of the proposals: "12/qd" finds "12/QĐ-UBND".
	 */
	public List<ProposalHit> searchDecisions(String query, int limit, CurrentUser user) {
		return hits("p.decision_search", query, limit, user);
	}

	private List<ProposalHit> hits(String column, String query, int limit, CurrentUser user) {
		List<String> words = java.util.Arrays.stream(Diacritics.fold(query).split(" "))
			.filter(word -> !word.isEmpty())
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder(
				" where (p.proposing_unit_id in (select id from unit_scope_units(:root)) or p.deciding_unit_id in (:deciding))");
		Map<String, Object> params = new java.util.HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			where.append(" and ").append(column).append(" like '%' || :w").append(i).append(" || '%'");
			params.put("w" + i, Diacritics.likeFragment(words.get(i)));
		}
		return jdbc.sql("""
				select p.id, p.title, p.year, p.status, pu.name as proposing_unit, p.decision_number, p.decision_date
				from award_proposal p join unit pu on pu.id = p.proposing_unit_id
				""" + where + " order by p.id desc limit :limit")
			.params(params)
			.param("root", user.unitId())
			.param("deciding", decidingUnitsOf(user))
			.param("limit", limit + 1)
			.query(ProposalHit.class)
			.list();
	}

	/**
	 * The units whose proposals wait for the user: their own unit, and for a board member
	 * of a department the unit whose board they sit on.
	 */
	private List<Long> decidingUnitsOf(CurrentUser user) {
		if (!user.has(Role.BOARD_MEMBER) && !user.has(Role.BOARD_CHAIR)) {
			return List.of(user.unitId());
		}
		UnitRow unit = units.get(user.unitId());
		boolean boardOfParent = unit.kind() == UnitKind.DEPARTMENT && unit.parentId() != null;
		return boardOfParent ? List.of(unit.id(), unit.parentId()) : List.of(unit.id());
	}

	public ProposalPage page(long id, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireVisible(proposal, user);
		List<ProposalLine> current = lines.findByProposalIdOrderById(id);
		LocalDate on = steps.judgementDate(proposal);
		List<ProposalDocument> dossier = documents.findByProposalIdOrderById(id);
		Map<Long, AttachmentInfo> files = attachments
			.infos(dossier.stream().map(ProposalDocument::getAttachmentId).toList())
			.stream()
			.collect(Collectors.toMap(AttachmentInfo::id, Function.identity()));
		Map<String, AwardType> types = catalog.byCode();
		UpperAuthority upper = proposal.getUpperAuthority() != null ? proposal.getUpperAuthority()
				: authority.upward(proposal, current, on);
		ProposalWorkflow.Roles roles = new ProposalWorkflow.Roles(access.proposes(proposal, user),
				access.appraises(proposal, user), access.sits(proposal, user), access.chairs(proposal, user));
		return new ProposalPage(proposal, units.get(proposal.getProposingUnitId()),
				units.get(proposal.getDecidingUnitId()), current, checker.check(proposal, current, on),
				dossier.stream()
					.map(document -> new ProposalPage.Document(document, files.get(document.getAttachmentId())))
					.toList(),
				events.findByProposalIdOrderById(id), objections.findByProposalIdOrderById(id),
				quotas.use(proposal, on), revoked(current), types, on, roles.proposer(), roles.office(), roles.chair(),
				roles.board(), ProposalReview.needsPublication(current, types), upper,
				ProposalWorkflow.allowed(proposal.getStatus(), roles, upper != null));
	}

	public ProposalHeader header(long id, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireVisible(proposal, user);
		return new ProposalHeader(proposal, units.get(proposal.getProposingUnitId()),
				access.proposes(proposal, user) && ProposalWorkflow.Step.EDIT.allowsFrom(proposal.getStatus()));
	}

	public ResponseEntity<StreamingResponseBody> document(long id, long attachmentId, CurrentUser user) {
		Proposal proposal = steps.load(id);
		access.requireVisible(proposal, user);
		boolean ours = Objects.equals(proposal.getSignedAttachmentId(), attachmentId)
				|| documents.findByProposalIdOrderById(id)
					.stream()
					.anyMatch(document -> document.getAttachmentId() == attachmentId);
		if (!ours) {
			throw new NotFoundException("document", attachmentId);
		}
		return attachments.download(attachmentId);
	}

	private Set<Long> revoked(List<ProposalLine> current) {
		List<Long> awards = current.stream().map(ProposalLine::getAwardRecordId).filter(Objects::nonNull).toList();
		if (awards.isEmpty()) {
			return Set.of();
		}
		Set<Long> revokedAwards = new HashSet<>(jdbc.sql("select id from award_record where revoked and id in (:ids)")
			.param("ids", awards)
			.query(Long.class)
			.list());
		return current.stream()
			.filter(line -> line.getAwardRecordId() != null && revokedAwards.contains(line.getAwardRecordId()))
			.map(ProposalLine::getId)
			.collect(Collectors.toSet());
	}

}
