package vn.thidua.proposal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BoardSessions extends JpaRepository<BoardSession, Long> {

	List<BoardSession> findByProposalIdOrderById(long proposalId);

	/**
	 * The session, held against counting until the ballot commits: ballots share it, so
	 * members vote at once, while closing waits for the ballots in flight and a ballot
	 * behind a close sees it closed.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select s from BoardSession s where s.id = :id")
	Optional<BoardSession> findForBallot(long id);

	/**
	 * The session, held alone while its ballots are counted or it is adjourned.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from BoardSession s where s.id = :id")
	Optional<BoardSession> findForCount(long id);

}
