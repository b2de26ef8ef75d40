package vn.thidua.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.AccountDirectory;
import vn.thidua.account.BoardMember;
import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardType;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.security.CurrentUser;

/**
 * The reward board's secret vote. The office, as secretary, opens a session with the
 * members present; each member votes once on every line; a member from a nominee's own
 * unit is flagged and their ballot on that line only counts as excluded. Only counts are
 * stored. Closing the session applies each award type's thresholds.
 */
@Service
@Transactional
public class BoardVoting {

	private final BoardSessions sessions;

	private final BoardAttendances attendances;

	private final ProposalLines lines;

	private final ProposalSteps steps;

	private final ProposalAccess access;

	private final AccountDirectory directory;

	private final AwardCatalog catalog;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	BoardVoting(BoardSessions sessions, BoardAttendances attendances, ProposalLines lines, ProposalSteps steps,
			ProposalAccess access, AccountDirectory directory, AwardCatalog catalog, JdbcClient jdbc,
			JdbcTemplate template) {
		this.template = template;
		this.sessions = sessions;
		this.attendances = attendances;
		this.lines = lines;
		this.steps = steps;
		this.access = access;
		this.directory = directory;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	public BoardSession open(long proposalId, long version, LocalDate heldOn, Set<Long> present, CurrentUser user) {
		Proposal proposal = steps.load(proposalId);
		access.requireOffice(proposal, user);
		List<BoardSession> held = sessions.findByProposalIdOrderById(proposalId);
		if (!held.isEmpty() && held.getLast().isOpen()) {
			return held.getLast();
		}
		ProposalSteps.requireVersion(proposal, version);
		proposal.require(ProposalWorkflow.Step.OPEN_SESSION);
		ProposalWorkflow.requireSession(heldOn, steps.judgementDate(proposal));
		List<BoardMember> board = directory.board(proposal.getDecidingUnitId());
		if (board.isEmpty()) {
			throw new BusinessRuleViolation("board.empty");
		}
		if (present.isEmpty()) {
			throw new BusinessRuleViolation("board.nobodyPresent");
		}
		Map<Long, BoardMember> members = board.stream().collect(Collectors.toMap(BoardMember::id, member -> member));
		if (!members.keySet().containsAll(present)) {
			throw new NotFoundException("boardMember", present);
		}
		BoardSession session = sessions.save(new BoardSession(proposalId, heldOn, board.size(), user.username()));
		present.stream()
			.map(members::get)
			.forEach(member -> attendances.save(new BoardAttendance(session.getId(), member.id(), member.username(),
					member.fullName(), member.unitId())));
		jdbc.sql("insert into board_tally (session_id, line_id) select ?, id from proposal_line where proposal_id = ?")
			.params(session.getId(), proposalId)
			.update();
		steps.changedInside(proposal);
		return session;
	}

	/**
	 * Casts a member's ballot on every line of the session, once: final, so only once the
	 * member confirmed it; unconfirmed, nothing is recorded.
	 */
	public void vote(long sessionId, Map<Long, Ballot> ballots, boolean confirmed, CurrentUser user) {
		BoardSession session = sessions.findForBallot(sessionId)
			.orElseThrow(() -> new NotFoundException("session", sessionId));
		Proposal proposal = steps.load(session.getProposalId());
		if (!access.sits(proposal, user)) {
			throw new AccessDeniedException("Only board members vote");
		}
		BoardAttendance attendance = attendances.findBySessionIdAndAccountId(sessionId, user.accountId())
			.orElseThrow(() -> new BusinessRuleViolation("board.notPresent"));
		if (attendance.hasVoted()) {
			throw new BusinessRuleViolation("board.alreadyVoted");
		}
		session.requireOpen();
		proposal.require(ProposalWorkflow.Step.VOTE);
		List<ProposalLine> voted = lines.findByProposalIdOrderById(proposal.getId());
		requireQuorum(session, voted, attendances.findBySessionIdOrderByFullName(sessionId));
		if (!ballots.keySet().equals(voted.stream().map(ProposalLine::getId).collect(Collectors.toSet()))) {
			throw new BusinessRuleViolation("board.ballotIncomplete");
		}
		if (!confirmed) {
			throw new BusinessRuleViolation("board.unconfirmed");
		}
		attendance.voted(steps.now());
		Set<Long> conflicts = conflicts(proposal, attendance.getUnitId());
		List<Object[]> counts = voted.stream().map(line -> {
			boolean conflicted = conflicts.contains(line.getId());
			Ballot ballot = ballots.get(line.getId());
			return new Object[] { !conflicted && ballot == Ballot.AGREE ? 1 : 0,
					!conflicted && ballot == Ballot.DISAGREE ? 1 : 0, !conflicted && ballot == Ballot.ABSTAIN ? 1 : 0,
					conflicted ? 1 : 0, sessionId, line.getId() };
		}).toList();
		template.batchUpdate("""
				update board_tally set agree = agree + ?, disagree = disagree + ?, abstain = abstain + ?,
				       excluded = excluded + ?
				where session_id = ? and line_id = ?
				""", counts);
	}

	/**
	 * Closes the session: each line gets its counts and whether it carried. Members
	 * present who have not voted count as not agreeing, so closing before they vote must
	 * be meant.
	 */
	public void close(long sessionId, long version, boolean unvotedAccepted, CurrentUser user) {
		BoardSession session = lockedForCount(sessionId);
		Proposal proposal = steps.load(session.getProposalId());
		access.requireOffice(proposal, user);
		if (!session.isOpen()) {
			return;
		}
		StaleEditException.check("session", sessionId, version, session.getVersion());
		proposal.require(ProposalWorkflow.Step.CLOSE_SESSION);
		List<ProposalLine> voted = lines.findByProposalIdOrderById(proposal.getId());
		List<BoardAttendance> attending = attendances.findBySessionIdOrderByFullName(sessionId);
		int present = requireQuorum(session, voted, attending);
		long unvoted = attending.stream().filter(attendance -> !attendance.hasVoted()).count();
		if (unvoted > 0 && !unvotedAccepted) {
			throw new BusinessRuleViolation("board.unvoted", unvoted);
		}
		Map<Long, VoteCount> counts = counts(sessionId);
		Map<String, AwardType> types = catalog.byCode();
		for (ProposalLine line : voted) {
			VoteCount count = counts.getOrDefault(line.getId(), new VoteCount(0, 0, 0, 0));
			line.tally(count.agree(), count.disagree(), count.abstain(), count.excluded(),
					count.passes(types.get(line.getAwardTypeCode()), session.getMembersTotal(), present));
		}
		session.close(user.username(), steps.now());
		proposal.take(ProposalWorkflow.Step.CLOSE_SESSION);
		steps.record(proposal, unvoted == 0 ? null : unvoted + " thành viên có mặt không bỏ phiếu", user);
	}

	/**
	 * Closes a session that lacks its quorum without deciding anything; the proposal
	 * stays with the board, which meets again in a new session. Refused when the quorum
	 * is there: such a session counts its votes.
	 */
	public void adjourn(long sessionId, long version, CurrentUser user) {
		BoardSession session = lockedForCount(sessionId);
		Proposal proposal = steps.load(session.getProposalId());
		access.requireOffice(proposal, user);
		if (!session.isOpen()) {
			return;
		}
		StaleEditException.check("session", sessionId, version, session.getVersion());
		proposal.require(ProposalWorkflow.Step.ADJOURN_SESSION);
		Quorum quorum = quorum(session, lines.findByProposalIdOrderById(proposal.getId()),
				attendances.findBySessionIdOrderByFullName(sessionId));
		if (quorum.met()) {
			throw new BusinessRuleViolation("board.quorate", quorum.present(), quorum.required());
		}
		session.adjourn(user.username(), steps.now());
		steps.changedInside(proposal);
		steps.record(proposal, "Phiên họp không đủ số thành viên dự họp: có mặt " + quorum.present() + ", cần "
				+ quorum.required() + "/" + quorum.members(), user);
	}

	/**
	 * How many members a session has present and how many the award types of its lines
	 * ask: the largest attendance share of their vote rules, of all the board's members.
	 */
	public record Quorum(int present, int required, int members) {

		public boolean met() {
			return present >= required;
		}

		/**
		 * The members the attendance share asks of a board: the share of all members,
		 * rounded up.
		 */
		public static int required(BigDecimal attendance, int members) {
			return attendance.multiply(BigDecimal.valueOf(members)).setScale(0, RoundingMode.CEILING).intValueExact();
		}

	}

	Quorum quorum(BoardSession session, List<ProposalLine> voted, List<BoardAttendance> attending) {
		Map<String, AwardType> types = catalog.byCode();
		int required = voted.stream()
			.map(line -> types.get(line.getAwardTypeCode()).voteAttendance())
			.distinct()
			.mapToInt(share -> Quorum.required(share, session.getMembersTotal()))
			.max()
			.orElse(0);
		return new Quorum(attending.size(), required, session.getMembersTotal());
	}

	/**
	 * Refuses to vote or count in a session below its quorum, saying how many are present
	 * and how many are required; returns how many are present.
	 */
	private int requireQuorum(BoardSession session, List<ProposalLine> voted, List<BoardAttendance> attending) {
		Quorum quorum = quorum(session, voted, attending);
		if (!quorum.met()) {
			throw new BusinessRuleViolation("board.inquorate", quorum.present(), quorum.required(), quorum.members());
		}
		return quorum.present();
	}

	@Transactional(readOnly = true)
	public BoardView view(long proposalId, CurrentUser user) {
		Proposal proposal = steps.load(proposalId);
		access.requireVisible(proposal, user);
		List<BoardSession> held = sessions.findByProposalIdOrderById(proposalId);
		@Nullable BoardSession session = held.isEmpty() ? null : held.getLast();
		List<BoardAttendance> present = session == null ? List.of()
				: attendances.findBySessionIdOrderByFullName(session.getId());
		@Nullable BoardAttendance mine = present.stream()
			.filter(attendance -> attendance.getAccountId() == user.accountId())
			.findFirst()
			.orElse(null);
		return new BoardView(proposal, session, present, mine, directory.board(proposal.getDecidingUnitId()),
				access.appraises(proposal, user), mine == null ? Set.of() : conflicts(proposal, mine.getUnitId()),
				session == null ? null : quorum(session, lines.findByProposalIdOrderById(proposalId), present));
	}

	/**
	 * The lines whose nominee belongs to the member's own unit or below it; a member who
	 * sits for the deciding unit itself is conflicted with none.
	 */
	Set<Long> conflicts(Proposal proposal, long memberUnitId) {
		return Set.copyOf(jdbc.sql("""
				select l.id from proposal_line l join unit lu on lu.id = l.unit_id join unit mu on mu.id = :member
				where l.proposal_id = :proposal and mu.id <> :deciding and unit_in_subtree(lu.path, mu.path)
				""")
			.param("member", memberUnitId)
			.param("proposal", proposal.getId())
			.param("deciding", proposal.getDecidingUnitId())
			.query(Long.class)
			.list());
	}

	private Map<Long, VoteCount> counts(long sessionId) {
		Map<Long, VoteCount> counts = new HashMap<>();
		jdbc.sql("select line_id, agree, disagree, abstain, excluded from board_tally where session_id = ?")
			.param(sessionId)
			.query((rs, n) -> counts.put(rs.getLong(1),
					new VoteCount(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))))
			.list();
		return counts;
	}

	private BoardSession lockedForCount(long sessionId) {
		return sessions.findForCount(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
	}

}
