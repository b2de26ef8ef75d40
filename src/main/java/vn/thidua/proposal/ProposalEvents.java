package vn.thidua.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalEvents extends JpaRepository<ProposalEvent, Long> {

	List<ProposalEvent> findByProposalIdOrderById(long proposalId);

}
