package vn.thidua.proposal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.thidua.account.BoardMember;

/**
 * The board page: the latest session with who attended and whether the viewer has voted,
 * the board to choose attendance from, whether the viewer acts as its secretary, and the
 * session's quorum: present against required.
 */
public record BoardView(Proposal proposal, @Nullable BoardSession session, List<BoardAttendance> present,
		@Nullable BoardAttendance mine, List<BoardMember> board, boolean secretary, Set<Long> conflicts,
		BoardVoting.@Nullable Quorum quorum) {

	public boolean canVote() {
		return session != null && session.isOpen() && mine != null && !mine.hasVoted() && quorate();
	}

	/**
	 * Whether the latest session has the quorum its lines' vote rules ask.
	 */
	public boolean quorate() {
		return quorum != null && quorum.met();
	}

	public long voted() {
		return present.stream().filter(BoardAttendance::hasVoted).count();
	}

}
