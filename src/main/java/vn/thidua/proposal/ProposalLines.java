package vn.thidua.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalLines extends JpaRepository<ProposalLine, Long> {

	List<ProposalLine> findByProposalIdOrderById(long proposalId);

}
