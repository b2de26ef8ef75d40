package vn.thidua.proposal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Proposals extends JpaRepository<Proposal, Long> {

	boolean existsByDecidingUnitIdAndDecisionNumber(long decidingUnitId, String decisionNumber);

	boolean existsByDecidingUnitIdAndLetterNumber(long decidingUnitId, String letterNumber);

}
