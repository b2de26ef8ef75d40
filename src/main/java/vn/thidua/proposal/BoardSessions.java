package vn.thidua.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardSessions extends JpaRepository<BoardSession, Long> {

	List<BoardSession> findByProposalIdOrderById(long proposalId);

}
