package vn.thidua.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalDocuments extends JpaRepository<ProposalDocument, Long> {

	List<ProposalDocument> findByProposalIdOrderById(long proposalId);

}
