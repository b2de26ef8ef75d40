package vn.thidua.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Objections extends JpaRepository<Objection, Long> {

	List<Objection> findByProposalIdOrderById(long proposalId);

}
