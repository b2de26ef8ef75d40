package vn.thidua.proposal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Proposals extends JpaRepository<Proposal, Long> {

}
